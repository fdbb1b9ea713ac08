using System.Linq;

namespace Corpus.WorkerState.R9.UserApiRunsElsewhere;

public static class Compaction
{
    public static void Compact()
    {
        long[] offsets = Segments.Current.Offsets.ToArray();
        Background.Later(() => System.Console.WriteLine(offsets.Count(o => o < 0)));
    }
}

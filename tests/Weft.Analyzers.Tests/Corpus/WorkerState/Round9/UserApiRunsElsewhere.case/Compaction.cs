using System.Linq;

namespace Corpus.WorkerState.R9.UserApiRunsElsewhere;

public static class Compaction
{
    public static void Compact()
    {
        Segments segments = Segments.Current;
        Background.Later(() => segments.Offsets.RemoveAll(o => o < 0)); // expect: WEFT0004
    }
}

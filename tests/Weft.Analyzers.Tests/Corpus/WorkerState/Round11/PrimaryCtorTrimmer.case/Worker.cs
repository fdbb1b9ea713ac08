using System.Collections.Generic;
using Weft;

namespace Corpus.R11.PrimaryCtorTrimmer;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Log
{
    public List<string> Recent { get; } = new();
}

public static class Housekeeping
{
    public static void Run()
    {
        var trimmer = new Trimmer(Log.Current.Recent); // expect: WEFT0004
        _ = trimmer.TrimLater();
    }
}

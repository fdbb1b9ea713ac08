// A local function capturing the worker's dictionary is handed to Task.Run as a method group. Reading taken: the
// report may be at the hand-off or at the use inside the local function (#escape).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.LocalFunctionToTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Stats
{
    public Dictionary<string, int> Hits { get; } = new();
}

public static class Reset
{
    public static Task Schedule()
    {
        var hits = Stats.Current.Hits;
        return Task.Run(Clear); // expect: WEFT0004 #escape

        void Clear() => hits.Clear(); // expect: WEFT0004 #escape
    }
}

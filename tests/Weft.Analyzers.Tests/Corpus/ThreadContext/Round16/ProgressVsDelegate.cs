// A cache warm-up runs its download on the pool and reports progress into the worker's stats. It reports through a
// plain Action<int> built over the worker's stats, invoked from the pool, so the worker's counter is changed there
// (WEFT0004). The page does not say whether a capture in a lambda kept in a local and invoked elsewhere is reported
// in the lambda or where it is invoked: an #escape group marks both.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R16.ProgressVsDelegate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WarmupStats
{
    public Dictionary<string, int> Loaded { get; } = new();
}

public static class Warmup
{
    public static Task RunAsync(IReadOnlyList<string> keys, Func<string, Task> load)
    {
        var stats = WarmupStats.Current;
        Action<int> report = n => stats.Loaded["keys"] = n; // expect: WEFT0004 #progress
        return Task.Run(async () =>
        {
            for (int i = 0; i < keys.Count; i++)
            {
                await load(keys[i]);
                report(i + 1); // expect: WEFT0004 #progress
            }
        });
    }
}

// A cache warm-up runs its download on the pool and reports progress into the worker's stats through a Progress<int>
// made on the worker: it posts its handler to the worker's loop wherever Report is called (quiet twin of
// ProgressVsDelegate).
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
        IProgress<int> report = new Progress<int>(n => stats.Loaded["keys"] = n);
        return Task.Run(async () =>
        {
            for (int i = 0; i < keys.Count; i++)
            {
                await load(keys[i]);
                report.Report(i + 1);
            }
        });
    }
}

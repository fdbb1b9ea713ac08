// A warm-up job downloads on the pool and reports each step through a Progress<int> made on the worker, whose handler
// reads the config snapshot's Current: Progress<T> posts the handler to the loop it was made on (quiet twin of
// ProgressReadsCurrent).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R16.ProgressReadsCurrent;

[ThreadLocalSlot]
public sealed partial class WarmupConfig
{
    public int LogEvery { get; init; } = 100;
}

public sealed class WarmupLog
{
    public List<string> Lines { get; } = new();
}

public static class Warmup
{
    public static Task RunAsync(WarmupLog log, int count, Func<int, Task> load)
    {
        IProgress<int> step = new Progress<int>(i => { if (i % WarmupConfig.Current.LogEvery == 0) lock (log) log.Lines.Add($"{i}"); });
        return Task.Run(async () =>
        {
            for (int i = 1; i <= count; i++)
            {
                await load(i);
                step.Report(i);
            }
        });
    }
}

// A warm-up job downloads on the pool and reports each step through a plain Action<int> kept in a local, whose body
// reads the config snapshot's Current; invoked inside Task.Run, the read runs on the pool (WEFT0005 at the read: a
// lambda run through a variable on another thread is reported at its read when it lies in the same file).
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
        Action<int> step = i => { if (i % WarmupConfig.Current.LogEvery == 0) lock (log) log.Lines.Add($"{i}"); }; // expect: WEFT0005
        return Task.Run(async () =>
        {
            for (int i = 1; i <= count; i++)
            {
                await load(i);
                step(i);
            }
        });
    }
}

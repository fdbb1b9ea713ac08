// Quiet twin of DelegateArrayToParallelInvoke: the same delegate array runs in order on the worker.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.DelegateArrayToParallelInvoke;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamPool
{
    public List<string> Idle { get; } = new();
    public Dictionary<string, DateTime> LastSeen { get; } = new();
}

public sealed class Maintenance
{
    public void Run(DateTime now)
    {
        var pool = UpstreamPool.Current;
        Action[] steps =
        [
            () => pool.Idle.RemoveAll(h => h.Length == 0),
            () => pool.LastSeen.Clear(),
        ];
        foreach (var step in steps)
        {
            step();
        }
    }
}

// WEFT0004: delegates over the worker's dictionary are collected in a List<Action> and later each is run through
// ThreadPool.QueueUserWorkItem by a wrapping lambda. Reading: where the report goes (where the delegate is built and
// stored, or where it is handed to the pool) is not said, so both lines carry #escape.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.DelegateListQueuedLater;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public static class Batch
{
    public static void Flush()
    {
        var cache = HostCache.Current;
        var work = new List<Action>();
        work.Add(() => cache.ByHost.Clear()); // expect: WEFT0004 #escape
        foreach (Action action in work)
        {
            ThreadPool.QueueUserWorkItem(_ => action()); // expect: WEFT0004 #escape
        }
    }
}

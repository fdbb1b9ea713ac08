// WEFT0004: a class implementing IThreadPoolWorkItem keeps the worker's dictionary and is queued with
// ThreadPool.UnsafeQueueUserWorkItem; its Execute clears the dictionary on a pool thread. Reading: the work item is the
// state handed to the ThreadPool entry point; the page does not say whether it is reported where the item is built or
// where it is queued, so both lines carry #escape.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.WorkItemHoldsWorkerState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public sealed class EvictAll(Dictionary<string, int> byHost) : IThreadPoolWorkItem
{
    public void Execute() => byHost.Clear();
}

public static class Eviction
{
    public static void EvictInBackground()
    {
        var cache = HostCache.Current;
        var item = new EvictAll(cache.ByHost); // expect: WEFT0004 #escape
        ThreadPool.UnsafeQueueUserWorkItem(item, preferLocal: false); // expect: WEFT0004 #escape
    }
}

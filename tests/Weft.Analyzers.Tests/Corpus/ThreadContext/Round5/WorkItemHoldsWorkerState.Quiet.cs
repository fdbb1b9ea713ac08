// Quiet twin of WorkItemHoldsWorkerState: the queued work item carries only a count copied on the worker.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.WorkItemHoldsWorkerStateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public sealed class ReportCount(int entries) : IThreadPoolWorkItem
{
    public void Execute() => Console.WriteLine($"{entries} entries");
}

public static class Eviction
{
    public static void EvictInBackground()
    {
        var cache = HostCache.Current;
        var item = new ReportCount(cache.ByHost.Count);
        ThreadPool.UnsafeQueueUserWorkItem(item, preferLocal: false);
    }
}

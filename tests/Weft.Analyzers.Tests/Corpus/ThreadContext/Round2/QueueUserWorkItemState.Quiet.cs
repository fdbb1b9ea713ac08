// Round 2. The state handed to the thread pool is a count copied out of the worker's cache.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.Round2.WorkItemState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public Dictionary<string, string> Entries { get; } = new();
}

public static class Expiry
{
    public static void ReportSize()
    {
        int size = DnsCache.Current.Entries.Count;
        ThreadPool.QueueUserWorkItem(static n => Console.WriteLine($"dns cache: {n}"), size, preferLocal: false);
    }
}

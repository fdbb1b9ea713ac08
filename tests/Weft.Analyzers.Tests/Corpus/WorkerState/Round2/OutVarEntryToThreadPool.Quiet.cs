// Round 2. Only the entry's expiry (a DateTime value) is copied out and handed to the thread pool.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.Round2.OutVarEntry;

public sealed class CacheEntry
{
    public byte[] Body { get; set; } = [];
    public DateTime Expires { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCache
{
    public Dictionary<string, CacheEntry> Entries { get; } = new();
}

public static class Refresher
{
    public static void LogExpiry(string key)
    {
        if (ResponseCache.Current.Entries.TryGetValue(key, out var entry))
        {
            DateTime expires = entry.Expires;
            ThreadPool.QueueUserWorkItem(_ => Console.WriteLine($"{key} expires {expires:O}"));
        }
    }
}

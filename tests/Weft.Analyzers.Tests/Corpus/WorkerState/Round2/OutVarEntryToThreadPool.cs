// Round 2. TryGetValue's out variable is an entry the worker's cache owns; refreshing it on the thread pool races
// the worker.
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
    public static void RefreshLater(string key)
    {
        if (ResponseCache.Current.Entries.TryGetValue(key, out var entry))
        {
            ThreadPool.QueueUserWorkItem(_ => entry.Expires = DateTime.UtcNow.AddMinutes(5)); // expect: WEFT0004
        }
    }
}

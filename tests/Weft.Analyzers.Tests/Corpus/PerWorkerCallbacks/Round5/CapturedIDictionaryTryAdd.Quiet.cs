// Quiet twin of CapturedIDictionaryTryAdd: the captured IDictionary<,> holds a ConcurrentDictionary (thread-safe).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.CapturedIDictionaryTryAddQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Census
{
    public static void Collect(WorkerPool pool, Action<IDictionary<string, int>> report)
    {
        IDictionary<string, int> sizes = new ConcurrentDictionary<string, int>();
        HostCache.UpdateAll(
            pool,
            cache => sizes.TryAdd(cache.Name, cache.ByHost.Count),
            () => report(sizes));
    }
}

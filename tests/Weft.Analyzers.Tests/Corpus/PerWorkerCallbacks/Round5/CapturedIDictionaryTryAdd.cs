// WEFT0008: the UpdateAll callback (every thread) calls `TryAdd` on a captured IDictionary<,>, which binds to the BCL
// extension CollectionExtensions.TryAdd: an Add on a captured non-concurrent dictionary.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.CapturedIDictionaryTryAdd;

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
        IDictionary<string, int> sizes = new Dictionary<string, int>();
        HostCache.UpdateAll(
            pool,
            cache => sizes.TryAdd(cache.Name, cache.ByHost.Count), // expect: WEFT0008
            () => report(sizes));
    }
}

// WEFT0004: PLINQ's `AsParallel().ForAll` runs its delegate on thread-pool threads, several at once, each removing
// from the worker's dictionary. Reading: PLINQ is "Parallel" in the page's table (the same pool threads as
// Parallel.ForEach); the page does not name it.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus5b.PlinqForAll;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Bulk
{
    public static void Forget(IEnumerable<string> hosts)
    {
        var cache = HostCache.Current;
        hosts.AsParallel().ForAll(host => cache.ByHost.Remove(host)); // expect: WEFT0004
    }
}

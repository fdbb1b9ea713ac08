// Quiet twin of PlinqForAll: PLINQ only computes over the argument strings; the worker then writes the result into
// its own dictionary on its own thread.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus5b.PlinqForAllQuiet;

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
        int totalLength = hosts.AsParallel().Select(host => host.Length).Sum();
        cache.ByHost["__bulk"] = totalLength;
    }
}

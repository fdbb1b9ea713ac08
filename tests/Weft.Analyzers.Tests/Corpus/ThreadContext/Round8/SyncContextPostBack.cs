// WEFT0004: a warm-up on the pool writes the worker's cache inside Task.Run itself.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.SyncContextPostBackDefect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class Warmup
{
    public static Task Run(string host)
    {
        var cache = DnsCache.Current;
        var loop = SynchronizationContext.Current!;
        return Task.Run(() =>
        {
            var resolved = host.ToUpperInvariant();
            cache.Names[host] = resolved; // expect: WEFT0004
            loop.Post(_ => { }, null);
        });
    }
}

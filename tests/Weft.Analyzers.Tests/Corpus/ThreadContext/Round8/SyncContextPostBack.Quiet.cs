// Quiet: compute on the pool, post the result back through the worker's SynchronizationContext (captured on the
// worker before Task.Run); only the nested callback, which runs on the worker, touches the worker's cache.
// Reading taken: SynchronizationContext.Post on the dispatcher's own context runs on that loop, like a Post to
// Dispatcher.Current (the WEFT0004 page's "Right" example).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.SyncContextPostBack;

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
            loop.Post(_ => cache.Names[host] = resolved, null);
        });
    }
}

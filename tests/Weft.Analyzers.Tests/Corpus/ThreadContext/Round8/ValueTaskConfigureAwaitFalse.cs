// WEFT0004: after awaiting a ValueTask with ConfigureAwait(false), the worker's DNS cache is written.
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.ValueTaskConfigureAwaitFalse;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, IPAddress> Names = new();
}

public static class Resolver
{
    private static ValueTask<IPAddress> LookupAsync(string host) => new(IPAddress.Loopback);

    public static async ValueTask ResolveAsync(string host)
    {
        var cache = DnsCache.Current;
        var address = await LookupAsync(host).ConfigureAwait(false);
        cache.Names[host] = address; // expect: WEFT0004
    }
}

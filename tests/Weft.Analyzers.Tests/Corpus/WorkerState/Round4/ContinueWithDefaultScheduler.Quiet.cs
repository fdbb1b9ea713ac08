// Quiet twin of ContinueWithDefaultScheduler: a plain await resumes on the worker, which stores into its own cache.
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ContinueWithDefaultScheduler;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    readonly Dictionary<string, IPAddress[]> _byHost = new();

    public void Store(string host, IPAddress[] addresses) => _byHost[host] = addresses;
}

public sealed class Resolver
{
    public async Task ResolveAsync(string host)
    {
        var cache = DnsCache.Current;
        var addresses = await Dns.GetHostAddressesAsync(host);
        cache.Store(host, addresses);
    }
}

// Background DNS refresher running as a long async loop on each worker. Defect: the wait between rounds uses
// ConfigureAwait(false), so from the second round on, the read of the worker's resolver cache at the top of the
// loop runs off the loop (WEFT0005: after ConfigureAwait(false) anywhere in a loop). Reading taken: the uses of
// `cache` below the read are not a separate WEFT0004 — the defect is the read; what it returns there is no worker's.
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.DnsRefreshLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResolverCache
{
    private readonly Dictionary<string, IPAddress[]> _byHost = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Hosts => _byHost.Keys;

    public void Store(string host, IPAddress[] addresses) => _byHost[host] = addresses;
}

public static class Refresher
{
    public static async Task RunAsync(TimeSpan every, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            ResolverCache cache = ResolverCache.Current; // expect: WEFT0005
            foreach (string host in new List<string>(cache.Hosts))
            {
                IPAddress[] addresses = await Dns.GetHostAddressesAsync(host, ct);
                cache.Store(host, addresses);
            }
            await Task.Delay(every, ct).ConfigureAwait(false);
        }
    }
}

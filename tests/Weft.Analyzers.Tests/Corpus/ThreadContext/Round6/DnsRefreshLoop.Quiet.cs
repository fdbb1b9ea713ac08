// Quiet twin of DnsRefreshLoop: the delay resumes on the worker, so every round reads its own cache.
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
            ResolverCache cache = ResolverCache.Current;
            foreach (string host in new List<string>(cache.Hosts))
            {
                IPAddress[] addresses = await Dns.GetHostAddressesAsync(host, ct);
                cache.Store(host, addresses);
            }
            await Task.Delay(every, ct);
        }
    }
}

// Quiet twin of DnsCacheRefresh: resolve on the thread pool, then post the answer back to the worker's dispatcher
// captured before leaving (the page's "Right": Dispatcher.Current), where Current is read.
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus6b.DnsCacheRefresh;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private readonly Dictionary<string, (IPAddress[] Addresses, DateTime Expires)> _entries = new(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string host, out IPAddress[] addresses)
    {
        if (_entries.TryGetValue(host, out var entry) && entry.Expires > DateTime.UtcNow)
        {
            addresses = entry.Addresses;
            return true;
        }
        addresses = Array.Empty<IPAddress>();
        return false;
    }

    public void Store(string host, IPAddress[] addresses, TimeSpan ttl) => _entries[host] = (addresses, DateTime.UtcNow + ttl);
}

public static class DnsRefresher
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);

    public static void RefreshInBackground(string host)
    {
        Dispatcher worker = Dispatcher.Current!;
        _ = Task.Run(async () =>
        {
            IPAddress[] addresses = await Dns.GetHostAddressesAsync(host);
            worker.Post(() => DnsCache.Current.Store(host, addresses, Ttl));
        });
    }
}

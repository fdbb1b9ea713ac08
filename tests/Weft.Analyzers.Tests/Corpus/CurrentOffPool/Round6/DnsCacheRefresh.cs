// Per-worker DNS cache refreshed in the background. Defect: the refresh resolves on the thread pool and then reads
// DnsCache.Current inside that same Task.Run body to store the answer (WEFT0005: Current read in a Task.Run body).
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
        _ = Task.Run(async () =>
        {
            IPAddress[] addresses = await Dns.GetHostAddressesAsync(host);
            DnsCache.Current.Store(host, addresses, Ttl); // expect: WEFT0005
        });
    }
}

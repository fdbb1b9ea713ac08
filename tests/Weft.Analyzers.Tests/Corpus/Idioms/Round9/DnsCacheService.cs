// Application-style: a per-worker DNS cache with background refresh. Defects: a refresh helper that writes the map it
// is given after its own ConfigureAwait(false), handed the worker's map (WEFT0004, reported at the argument as the page
// says), and a warm-up loop that reads Current after a ConfigureAwait(false) await of an earlier iteration (WEFT0005)
// and writes the first iteration's (on-loop) cache after that await (WEFT0004: on the first pass it is the worker's).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.R9.DnsCacheService;

public sealed record DnsEntry(IPAddress[] Addresses, DateTimeOffset FetchedAt)
{
    public bool IsFresh(TimeSpan ttl) => DateTimeOffset.UtcNow - FetchedAt < ttl;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public Dictionary<string, DnsEntry> Entries { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IPAddress? Pick(string host) =>
        Entries.TryGetValue(host, out DnsEntry? entry) && entry.Addresses is [var first, ..] ? first : null;
}

public static class DnsRefresh
{
    public static async Task RefreshStaleAsync(Dictionary<string, DnsEntry> entries, TimeSpan ttl, CancellationToken cancellationToken)
    {
        string[] stale = entries.Where(p => !p.Value.IsFresh(ttl)).Select(p => p.Key).ToArray();
        foreach (string host in stale)
        {
            IPAddress[] addresses = await Dns.GetHostAddressesAsync(host, AddressFamily.InterNetwork, cancellationToken).ConfigureAwait(false);
            entries[host] = new DnsEntry(addresses, DateTimeOffset.UtcNow);
        }
    }

    public static async Task<Dictionary<string, DnsEntry>> FetchAsync(IEnumerable<string> hosts, CancellationToken cancellationToken)
    {
        var fetched = new Dictionary<string, DnsEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (string host in hosts)
        {
            IPAddress[] addresses = await Dns.GetHostAddressesAsync(host, AddressFamily.InterNetwork, cancellationToken).ConfigureAwait(false);
            fetched[host] = new DnsEntry(addresses, DateTimeOffset.UtcNow);
        }

        return fetched;
    }
}

public sealed class Resolver
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        DnsCache cache = DnsCache.Current;
        await DnsRefresh.RefreshStaleAsync(cache.Entries, Ttl, cancellationToken); // expect: WEFT0004
    }

    public async Task WarmUpAsync(IReadOnlyList<string> hosts, CancellationToken cancellationToken)
    {
        for (int i = 0; i < hosts.Count; i++)
        {
            DnsCache cache = DnsCache.Current; // expect: WEFT0005 "Current"
            if (cache.Entries.ContainsKey(hosts[i]))
            {
                continue;
            }

            IPAddress[] addresses = await Dns.GetHostAddressesAsync(hosts[i], cancellationToken).ConfigureAwait(false);
            cache.Entries[hosts[i]] = new DnsEntry(addresses, DateTimeOffset.UtcNow); // expect: WEFT0004
        }
    }
}

// The clean twin: the policy is read before the await, and the await resumes on the worker (no ConfigureAwait).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Net;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.DnsCacheComponentQuiet;

[ThreadLocalSlot]
public sealed partial class DnsPolicy
{
    public TimeSpan Ttl { get; init; } = TimeSpan.FromSeconds(30);
    public ImmutableHashSet<string> Pinned { get; init; } = ImmutableHashSet<string>.Empty;
}

public readonly record struct CachedAddress(IPAddress Address, DateTime Expires);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private readonly Dictionary<string, CachedAddress> _entries = new(StringComparer.OrdinalIgnoreCase);
    public int Hits { get; private set; }
    public int Misses { get; private set; }

    public bool TryGet(string host, DateTime now, out IPAddress address)
    {
        if (_entries.TryGetValue(host, out var cached) && cached.Expires > now)
        {
            Hits++;
            address = cached.Address;
            return true;
        }

        Misses++;
        address = IPAddress.None;
        return false;
    }

    public void Store(string host, IPAddress address, DateTime expires) => _entries[host] = new(address, expires);

    [WorkerUpdate] public void Forget(string host) => _entries.Remove(host);
}

public static class Resolver
{
    public static async Task<IPAddress> ResolveAsync(string host)
    {
        var cache = DnsCache.Current;
        if (cache.TryGet(host, DateTime.UtcNow, out var hit))
        {
            return hit;
        }

        var ttl = DnsPolicy.Current.Ttl;
        var addresses = await Dns.GetHostAddressesAsync(host);
        var address = addresses.Length > 0 ? addresses[0] : IPAddress.None;
        cache.Store(host, address, DateTime.UtcNow + ttl);
        return address;
    }

    public static Task ForgetEverywhereAsync(WorkerPool pool, string host) => DnsCache.ForgetOnAllWorkersAsync(pool, host);
}

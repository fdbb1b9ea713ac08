// A realistic component: a per-worker negative DNS cache re-probed on a PeriodicTimer. One defect, by flow: the
// probes are awaited with ConfigureAwait(false) at the bottom of the loop, so from the second tick on, the code at
// the top of the loop (which prunes the worker's cache) runs off the loop (WEFT0004).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.DnsNegativeCacheComponent;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class NegativeCache
{
    private readonly Dictionary<string, DateTime> _failedUntil = new(StringComparer.OrdinalIgnoreCase);

    public bool IsKnownBad(string host, DateTime now) => _failedUntil.TryGetValue(host, out var until) && until > now;

    public void MarkBad(string host, DateTime until) => _failedUntil[host] = until;

    public void Prune(DateTime now)
    {
        foreach (var host in _failedUntil.Where(kv => kv.Value <= now).Select(kv => kv.Key).ToList())
        {
            _failedUntil.Remove(host);
        }
    }

    public string[] Hosts() => _failedUntil.Keys.ToArray();
}

public static class Reprober
{
    private static async Task<(string Host, bool Ok)> ProbeAsync(string host)
    {
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host);
            return (host, addresses.Length > 0);
        }
        catch (Exception)
        {
            return (host, false);
        }
    }

    public static async Task RunAsync(CancellationToken ct)
    {
        var cache = NegativeCache.Current;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        while (await timer.WaitForNextTickAsync(ct))
        {
            cache.Prune(DateTime.UtcNow); // expect: WEFT0004
            var hosts = cache.Hosts();
            var results = await Task.WhenAll(hosts.Select(ProbeAsync)).ConfigureAwait(false);
            Console.WriteLine($"{results.Count(r => r.Ok)} of {hosts.Length} recovered");
        }
    }
}

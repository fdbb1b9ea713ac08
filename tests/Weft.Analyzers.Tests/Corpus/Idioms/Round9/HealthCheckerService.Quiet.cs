// Application-style: an upstream health checker on main. Each round probes every upstream concurrently and publishes
// the result map; workers drop unhealthy hosts from their pools. Defects: the status map is one field reused every
// round, so the next round's writes change the map the previous round published (WEFT0002, "Published fields"), and
// the unhealthy hosts are pushed to the workers as a List (WEFT0007).
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Idioms.R9.HealthCheckerService;

public sealed class UpstreamPool
{
    public HashSet<string> Healthy { get; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class HealthChecker(HttpClient http, Slot<IReadOnlyDictionary<string, bool>> status, Slot<UpstreamPool> pools)
{
    private readonly Dictionary<string, bool> _status = new(StringComparer.OrdinalIgnoreCase);

    public async Task RunRoundAsync(IReadOnlyList<Uri> upstreams, CancellationToken cancellationToken)
    {
        (string Host, bool Healthy)[] results = await Task.WhenAll(upstreams.Select(ProbeAsync));
        foreach ((string host, bool healthy) in results)
        {
            _status[host] = healthy;
        }

        status.Publish(_status.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));

        ImmutableArray<string> down = results.Where(r => !r.Healthy).Select(r => r.Host).ToImmutableArray();
        if (down.Any())
        {
            await pools.RunOnAllThreadsAsync((pool, hosts) => pool.Healthy.ExceptWith(hosts), down);
        }

        async Task<(string Host, bool Healthy)> ProbeAsync(Uri upstream)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            try
            {
                using HttpResponseMessage response = await http.GetAsync(new Uri(upstream, "/healthz"), timeout.Token);
                return (upstream.Host, response.IsSuccessStatusCode);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                return (upstream.Host, false);
            }
        }
    }
}

public sealed class UpstreamSelector(Slot<UpstreamPool> pools, Slot<IReadOnlyDictionary<string, bool>> status)
{
    private int _next;

    public string? Pick(IReadOnlyList<string> candidates)
    {
        UpstreamPool pool = pools.Get();
        bool IsUp(string host) => pool.Healthy.Contains(host) && (!status.TryGet(out var map) || map.GetValueOrDefault(host, true));
        string[] up = candidates.Where(IsUp).ToArray();
        return up.Length == 0 ? null : up[_next++ % up.Length];
    }
}

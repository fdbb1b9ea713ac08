using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly13;

/// <summary>
/// docs/edgeproxy.md, "Picking an endpoint": round robin's order, least_request's fewest-open rule and its ties, what
/// "per worker" means for both, and the healthy-only / panic-mode candidate sets.
/// </summary>
public sealed class BalanceDoc13Tests
{
    private sealed record Held(Socket Client, int Endpoint, Socket Upstream, string Worker) : IDisposable
    {
        public void Dispose()
        {
            Client.Dispose();
            Upstream.Dispose();
        }
    }

    // "round_robin (default): the endpoints in turn, from a per-worker cursor": on one worker, consecutive connections
    // take the endpoints in their configured order, wrapping.
    [Fact]
    public async Task Round_robin_on_one_worker_takes_the_endpoints_in_configured_order_wrapping()
    {
        using var upstreams = new TaggedUpstreams(3);
        int admin = EdgeProxyProcess.FreePort();
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(upstreams[0], upstreams[1], upstreams[2])), workers: 1);
        var picks = new List<int>();
        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < 9; i++)
            {
                held.Add(await proxy.ConnectClientAsync());
                var (index, upstream) = await upstreams.NextAsync($"round robin connection {i}");
                held.Add(upstream);
                picks.Add(index);
            }
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }

        for (int i = 1; i < picks.Count; i++)
        {
            Assert.True(picks[i] == (picks[i - 1] + 1) % 3, $"round robin on one worker: endpoints picked {string.Join(",", picks)}; expected each the next in configured order (0,1,2 wrapping).");
        }
    }

    // "from a per-worker cursor" (with exact balance each held connection goes to the worker with fewer open ones, so
    // the workers alternate): each worker's own picks alternate over two endpoints. One cursor shared by the workers
    // would give each worker the same endpoint again whenever the workers alternate.
    [Fact]
    public async Task Round_robin_cursor_is_per_worker_each_workers_own_picks_take_the_endpoints_in_turn()
    {
        var (perWorker, spread) = await HoldAndAttributeAsync("round_robin", connections: 8);
        foreach (var (worker, picks) in perWorker)
        {
            for (int i = 1; i < picks.Count; i++)
            {
                Assert.True(picks[i] != picks[i - 1], $"round robin, worker {worker}: its picks {string.Join(",", picks)} repeat an endpoint; a per-worker cursor takes them in turn. All: {Describe(perWorker)}.");
            }
        }

        Assert.True(spread <= 1, $"exact balance: held connections per worker {Describe(perWorker)} differ by {spread} (> 1).");
    }

    // "least_request: the endpoint with the fewest connections this worker has open to it": each worker's held
    // connections stay even over two endpoints (within one) whatever the other worker holds.
    [Fact]
    public async Task Least_request_counts_the_connections_of_the_picking_worker_only()
    {
        var (perWorker, _) = await HoldAndAttributeAsync("least_request", connections: 8);
        foreach (var (worker, picks) in perWorker)
        {
            for (int n = 1; n <= picks.Count; n++)
            {
                int zeros = picks.Take(n).Count(p => p == 0);
                int ones = n - zeros;
                Assert.True(Math.Abs(zeros - ones) <= 1, $"least_request, worker {worker}: after {n} of its picks ({string.Join(",", picks)}) it holds {zeros} on endpoint 0 and {ones} on endpoint 1; the fewest-on-this-worker rule keeps them within one. All: {Describe(perWorker)}.");
            }
        }
    }

    // "ties broken by the round-robin cursor": with nothing open every pick is a tie, so least_request goes round the
    // endpoints exactly as round robin does.
    [Fact]
    public async Task Least_request_with_every_connection_closed_before_the_next_goes_round_like_round_robin()
    {
        using var upstreams = new TaggedUpstreams(3);
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(upstreams[0], upstreams[1], upstreams[2]), "least_request"), workers: 1);
        var picks = new List<int>();
        for (int i = 0; i < 7; i++)
        {
            using (Socket client = await proxy.ConnectClientAsync())
            {
                var (index, upstream) = await upstreams.NextAsync($"least_request connection {i}");
                picks.Add(index);
                upstream.Dispose();
            }

            string endpoint = upstreams[picks[^1]].ToString();
            await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long($"edge.upstream_cx_active{{cluster=backend,endpoint={endpoint}}}") == 0
                && (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_active{listener=edge}") == 0, TimeSpan.FromSeconds(10), $"connection {i} to {endpoint} to be released (upstream_cx_active 0)");
        }

        for (int i = 1; i < picks.Count; i++)
        {
            Assert.True(picks[i] == (picks[i - 1] + 1) % 3, $"least_request with nothing open (every pick a tie): endpoints picked {string.Join(",", picks)}; ties go by the round-robin cursor, so each is the next in order.");
        }
    }

    // "every healthy endpoint is compared" (not power-of-two-choices): with two held on every endpoint but one, both
    // new connections go to the one with none open, for each endpoint in turn.
    [Fact]
    public async Task Least_request_compares_every_endpoint_and_refills_the_one_with_fewest_open()
    {
        using var upstreams = new TaggedUpstreams(4);
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(upstreams[0], upstreams[1], upstreams[2], upstreams[3]), "least_request"), workers: 1);
        var held = new List<(Socket Client, int Index, Socket Upstream)>();
        try
        {
            for (int i = 0; i < 8; i++)
            {
                Socket client = await proxy.ConnectClientAsync();
                var (index, upstream) = await upstreams.NextAsync($"least_request fill {i}");
                held.Add((client, index, upstream));
                int[] counts = Enumerable.Range(0, 4).Select(e => held.Count(h => h.Index == e)).ToArray();
                Assert.True(counts.Max() - counts.Min() <= 1, $"least_request fill: after {i + 1} held connections the endpoints hold {string.Join(",", counts)}; fewest-open keeps them within one.");
            }

            for (int target = 0; target < 4; target++)
            {
                foreach (var h in held.Where(h => h.Index == target).ToList())
                {
                    h.Client.Dispose();
                    h.Upstream.Dispose();
                    held.Remove(h);
                }

                string endpoint = upstreams[target].ToString();
                await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long($"edge.upstream_cx_active{{cluster=backend,endpoint={endpoint}}}") == 0, TimeSpan.FromSeconds(10), $"endpoint {target}'s two connections to be released");
                for (int again = 0; again < 2; again++)
                {
                    Socket client = await proxy.ConnectClientAsync();
                    var (index, upstream) = await upstreams.NextAsync($"least_request refill of endpoint {target}");
                    held.Add((client, index, upstream));
                    Assert.True(index == target, $"least_request: endpoint {target} had {again} open and every other 2; new connection {again} went to endpoint {index}.");
                }
            }
        }
        finally
        {
            held.ForEach(h =>
            {
                h.Client.Dispose();
                h.Upstream.Dispose();
            });
        }
    }

    // "over the cluster's healthy endpoints": with two endpoints marked down (refused) and one healthy, every client
    // goes to the healthy one and no connect to a down endpoint is attempted.
    [Fact]
    public async Task With_some_endpoints_unhealthy_only_the_healthy_ones_are_tried()
    {
        using var live = new EchoUpstream13();
        IPEndPoint downA = Config13.RefusedEndpoint(), downB = Config13.RefusedEndpoint();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(downA, live.EndPoint, downB), clusterExtras: Config13.HealthCheck()));
        await DocBound.Until(async () =>
        {
            string clusters = await AdminHttp.GetAsync(adminEndPoint, "/clusters");
            return clusters.Contains($"backend::{downA}::health_flags::/failed_active_hc", StringComparison.Ordinal)
                && clusters.Contains($"backend::{downB}::health_flags::/failed_active_hc", StringComparison.Ordinal)
                && clusters.Contains($"backend::{live.EndPoint}::health_flags::healthy", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(10), "/clusters to show both refused endpoints failed and the live one healthy");

        long failsBefore = (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.upstream_cx_connect_fail{cluster=backend}");
        for (int i = 0; i < 6; i++)
        {
            using Socket client = await Client13.ProxiedAsync(proxy.Listener, (byte)(10 + i), $"client {i} with one healthy endpoint of three");
        }

        StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
        Assert.True(live.Served == 6, $"the healthy endpoint served {live.Served} of 6 clients.");
        Assert.True(stats.Long("edge.upstream_cx_connect_fail{cluster=backend}") == failsBefore, $"connect failures went {failsBefore} → {stats.Long("edge.upstream_cx_connect_fail{cluster=backend}")}: an unhealthy endpoint was tried while a healthy one existed.");
    }

    // Panic mode: "With every endpoint of the cluster unhealthy, every endpoint is still tried, in policy order", and
    // "the client is closed only when every candidate has failed" (edge.downstream_cx_no_upstream; a failed attempt
    // each in edge.upstream_cx_connect_fail).
    [Fact]
    public async Task With_every_endpoint_unhealthy_and_refusing_each_is_tried_once_then_the_client_is_closed()
    {
        IPEndPoint[] down = { Config13.RefusedEndpoint(), Config13.RefusedEndpoint(), Config13.RefusedEndpoint() };
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(down), clusterExtras: Config13.HealthCheck()));
        await DocBound.Until(async () => (await AdminHttp.GetAsync(adminEndPoint, "/clusters")).Split('\n').Count(l => l.EndsWith("::health_flags::/failed_active_hc", StringComparison.Ordinal)) == 3, TimeSpan.FromSeconds(10), "/clusters to show all three endpoints failed");
        StatsPage before = await StatsPage.ReadAsync(adminEndPoint);
        await Client13.RefusedAsync(proxy.Listener, "a client with every endpoint unhealthy and refusing");
        await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_no_upstream{listener=edge}") == 1, TimeSpan.FromSeconds(10), "edge.downstream_cx_no_upstream to count the client");
        StatsPage after = await StatsPage.ReadAsync(adminEndPoint);
        long fails = after.Long("edge.upstream_cx_connect_fail{cluster=backend}") - before.Long("edge.upstream_cx_connect_fail{cluster=backend}");
        Assert.True(fails == 3, $"panic mode: one client, three unhealthy refusing endpoints: {fails} connect failures counted; each endpoint is tried once (3).");
    }

    // Panic mode: "a health check that is wrong must not take the whole cluster out": an endpoint the health check has
    // marked down (and that stays marked: healthy_threshold 1000) serves clients once it answers.
    [Fact]
    public async Task With_every_endpoint_marked_down_a_live_one_still_serves()
    {
        IPEndPoint refused = Config13.RefusedEndpoint();
        IPEndPoint later = Config13.RefusedEndpoint();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(refused, later), clusterExtras: Config13.HealthCheck(healthyThreshold: 1000)));
        await DocBound.Until(async () => (await AdminHttp.GetAsync(adminEndPoint, "/clusters")).Split('\n').Count(l => l.EndsWith("::health_flags::/failed_active_hc", StringComparison.Ordinal)) == 2, TimeSpan.FromSeconds(10), "/clusters to show both endpoints failed");
        using var live = new EchoUpstream13(later.Port);
        for (int i = 0; i < 4; i++)
        {
            using Socket client = await Client13.ProxiedAsync(proxy.Listener, (byte)(40 + i), $"client {i} in panic mode with one endpoint answering");
        }

        string clusters = await AdminHttp.GetAsync(adminEndPoint, "/clusters");
        Assert.True(clusters.Contains($"backend::{later}::health_flags::/failed_active_hc", StringComparison.Ordinal), $"the answering endpoint should still be marked down (healthy_threshold 1000), so the clients were served in panic mode; /clusters:\n{clusters}");
        Assert.True(live.Served == 4, $"the answering endpoint served {live.Served} of 4 clients.");
    }

    // "exact … each accepted socket is handed to the worker with the fewest open connections …: N held connections
    // over W workers differ by at most one per worker", here over three workers, checked after every connection.
    [Fact]
    public async Task Exact_balance_keeps_held_connections_within_one_per_worker_over_three_workers()
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(echo.EndPoint), listenerExtras: ", \"balance\": \"exact\""), workers: 3);
        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < 10; i++)
            {
                held.Add(await Client13.ProxiedAsync(proxy.Listener, (byte)i, $"held client {i}"));
                Dictionary<string, long> active = new();
                await DocBound.Until(async () =>
                {
                    active = (await StatsPage.ReadAsync(adminEndPoint)).PerWorker("edge.worker.downstream_cx_active");
                    return active.Values.Sum() == i + 1;
                }, TimeSpan.FromSeconds(10), $"the workers' downstream_cx_active to sum to {i + 1}");
                long min = active.Count == 3 ? active.Values.Min() : 0;
                Assert.True(active.Values.Max() - min <= 1, $"exact balance, {i + 1} held over 3 workers: {string.Join(", ", active.Select(kv => $"{kv.Key}={kv.Value}"))} differ by more than one.");
            }
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    /// <summary>
    /// Holds <paramref name="connections"/> connections over two endpoints with exact balance on two workers, and
    /// attributes each to its worker by the workers' own <c>edge.worker.downstream_cx_active</c>.
    /// </summary>
    private static async Task<(Dictionary<string, List<int>> PerWorker, long Spread)> HoldAndAttributeAsync(string policy, int connections)
    {
        using var upstreams = new TaggedUpstreams(2);
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(upstreams[0], upstreams[1]), policy, listenerExtras: ", \"balance\": \"exact\""), workers: 2);
        var held = new List<Held>();
        var perWorker = new Dictionary<string, List<int>>();
        try
        {
            Dictionary<string, long> active = new();
            for (int i = 0; i < connections; i++)
            {
                Socket client = await proxy.ConnectClientAsync();
                var (index, upstream) = await upstreams.NextAsync($"{policy} connection {i}");
                Dictionary<string, long> now = active;
                await DocBound.Until(async () =>
                {
                    now = (await StatsPage.ReadAsync(adminEndPoint)).PerWorker("edge.worker.downstream_cx_active");
                    return now.Values.Sum() == i + 1;
                }, TimeSpan.FromSeconds(10), $"the workers' downstream_cx_active to sum to {i + 1}");
                string worker = now.Single(kv => kv.Value != active.GetValueOrDefault(kv.Key)).Key;
                active = now;
                held.Add(new Held(client, index, upstream, worker));
                if (!perWorker.TryGetValue(worker, out List<int>? list))
                {
                    perWorker[worker] = list = new List<int>();
                }

                list.Add(index);
            }

            Assert.True(perWorker.Count == 2, $"exact balance over two workers: connections went to {Describe(perWorker)}.");
            return (perWorker, active.Values.Max() - active.Values.Min());
        }
        finally
        {
            held.ForEach(h => h.Dispose());
        }
    }

    private static string Describe(Dictionary<string, List<int>> perWorker) =>
        string.Join("; ", perWorker.Select(kv => $"{kv.Key}: {string.Join(",", kv.Value)}"));
}

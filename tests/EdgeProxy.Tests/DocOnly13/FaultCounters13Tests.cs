using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly13;

/// <summary>
/// docs/edgeproxy.md: least_request's "counted from the connect's success to the close, so a connect still in
/// progress does not count yet", and the counters of the fault table that the admin table lists (idle timeout, reset,
/// health transitions) with exact values.
/// </summary>
public sealed class FaultCounters13Tests
{
    // With one connection held on the live endpoint, three clients in a row all try the blackholed endpoint first:
    // its connects are in progress, so it keeps count 0 against the live one's 1. Each then times out
    // ("after connect_timeout_ms … the next healthy endpoint is tried") and reaches the live one. Were a connect in
    // progress counted, the third client would see a tie and the fourth would go straight to the live endpoint.
    [Fact]
    public async Task Least_request_does_not_count_connects_in_progress_so_each_new_client_tries_the_idle_endpoint()
    {
        using BlackholeUpstream hole = await BlackholeUpstream.StartAsync();
        using var live = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(hole.EndPoint, live.EndPoint), "least_request", connectTimeoutMs: 1500), workers: 1);
        using Socket first = await Client13.ProxiedAsync(proxy.Listener, 1, "the first client (held on the live endpoint)");
        long timeoutsBefore = (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.upstream_cx_connect_timeout{cluster=backend}");
        using Socket a = await proxy.ConnectClientAsync();
        using Socket b = await proxy.ConnectClientAsync();
        using Socket c = await proxy.ConnectClientAsync();
        await DocBound.Until(() => Task.FromResult(live.Accepted == 4), DocBound.Upper(TimeSpan.FromSeconds(3)), "the three clients to reach the live endpoint after their connect timeouts");
        await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.upstream_cx_total{cluster=backend}") == 4, TimeSpan.FromSeconds(10), "four upstream connections made");
        StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
        long timeouts = stats.Long("edge.upstream_cx_connect_timeout{cluster=backend}") - timeoutsBefore;
        Assert.True(timeouts == 3, $"connect timeouts for the three clients: {timeouts}; each should have tried the endpoint whose connects were all in progress (count 0) before the live one (count 1).");
        Assert.True(stats.Long("edge.upstream_cx_connect_fail{cluster=backend}") >= timeouts, $"connect_fail {stats.Long("edge.upstream_cx_connect_fail{cluster=backend}")} < connect_timeout {timeouts}: a timeout is also a failed attempt.");
    }

    // "no byte either way for idle_timeout_ms … both sides closed | edge.downstream_cx_idle_timeout".
    [Fact]
    public async Task An_idle_connection_is_closed_on_both_sides_and_counted()
    {
        using var upstreams = new TaggedUpstreams(1);
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(upstreams[0]), listenerExtras: ", \"idle_timeout_ms\": 300"));
        using Socket client = await proxy.ConnectClientAsync();
        using Socket upstream = (await upstreams.NextAsync("the idle connection's upstream")).Socket;
        await ClientObservations.SendAllAsync(client, new byte[] { 3 });
        await ClientObservations.ReadExactlyAsync(upstream, 1, "one byte before going idle");
        var (_, clientGot) = await ClientObservations.ReadToEndAsync(client, DocBound.Upper(TimeSpan.FromMilliseconds(300)), "the idle client");
        var (_, upstreamGot) = await ClientObservations.ReadToEndAsync(upstream, DocBound.Upper(TimeSpan.FromMilliseconds(300)), "the idle connection's upstream");
        Assert.True(clientGot.Length == 0 && upstreamGot.Length == 0, "bytes arrived on an idle connection.");
        await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_idle_timeout{listener=edge}") == 1, TimeSpan.FromSeconds(10), "edge.downstream_cx_idle_timeout to count 1");
    }

    // "client resets … the upstream is reset within 1 s; the endpoint's least-request count and edge.upstream_cx_active
    // are released | edge.downstream_cx_reset".
    [Fact]
    public async Task A_client_reset_resets_the_upstream_releases_the_gauges_and_is_counted()
    {
        using var upstreams = new TaggedUpstreams(1);
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(upstreams[0])));
        Socket client = await proxy.ConnectClientAsync();
        using Socket upstream = (await upstreams.NextAsync("the upstream of the client that resets")).Socket;
        string gauge = $"edge.upstream_cx_active{{cluster=backend,endpoint={upstreams[0]}}}";
        await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long(gauge) == 1, TimeSpan.FromSeconds(10), $"{gauge} to show the open connection");
        ClientObservations.Reset(client);
        var (reset, _) = await ClientObservations.ReadToEndAsync(upstream, DocBound.Upper(TimeSpan.FromSeconds(1)), "the upstream after the client reset");
        Assert.True(reset, "the upstream saw FIN after the client reset; the doc says it is reset.");
        await DocBound.Until(async () =>
        {
            StatsPage s = await StatsPage.ReadAsync(adminEndPoint);
            return s.Long(gauge) == 0 && s.Long("edge.downstream_cx_active{listener=edge}") == 0;
        }, TimeSpan.FromSeconds(10), "the active gauges to be released");
        Assert.True((await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_reset{listener=edge}") == 1, "edge.downstream_cx_reset should count the client's reset once.");
    }

    // "edge.health_transitions{cluster} | endpoints changing between healthy and unhealthy": down once, up once.
    [Fact]
    public async Task Health_transitions_count_each_change_and_clusters_follows_it()
    {
        IPEndPoint endpoint = Config13.RefusedEndpoint();
        var live = new EchoUpstream13(endpoint.Port);
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        string healthy = $"backend::{endpoint}::health_flags::healthy", down = $"backend::{endpoint}::health_flags::/failed_active_hc";
        try
        {
            await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(endpoint), clusterExtras: Config13.HealthCheck()));
            long start = (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.health_transitions{cluster=backend}");
            Assert.True((await AdminHttp.GetAsync(adminEndPoint, "/clusters")).Contains(healthy, StringComparison.Ordinal), "a live endpoint should start healthy.");
            live.Dispose();
            await DocBound.Until(async () => (await AdminHttp.GetAsync(adminEndPoint, "/clusters")).Contains(down, StringComparison.Ordinal), TimeSpan.FromSeconds(10), "/clusters to mark the closed endpoint down");
            Assert.True((await StatsPage.ReadAsync(adminEndPoint)).Long("edge.health_transitions{cluster=backend}") == start + 1, "one endpoint went down once: one transition.");
            live = new EchoUpstream13(endpoint.Port);
            await DocBound.Until(async () => (await AdminHttp.GetAsync(adminEndPoint, "/clusters")).Contains(healthy, StringComparison.Ordinal), TimeSpan.FromSeconds(10), "/clusters to mark the endpoint healthy again");
            Assert.True((await StatsPage.ReadAsync(adminEndPoint)).Long("edge.health_transitions{cluster=backend}") == start + 2, "down then up: two transitions.");
            Assert.True(start == 0, $"health_transitions started at {start} for an endpoint that was healthy from the start.");
        }
        finally
        {
            live.Dispose();
        }
    }
}

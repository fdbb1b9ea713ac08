using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests;

/// <summary>docs/edgeproxy.md sentences written from the code after the docs-only round 12 found them missing.</summary>
public sealed class EdgeGapsTests
{
    // "With every endpoint of a cluster unhealthy, every endpoint is tried (in policy order), as Envoy's panic mode does."
    [Theory]
    [InlineData(LbPolicy.RoundRobin)]
    [InlineData(LbPolicy.LeastRequest)]
    public void With_every_endpoint_unhealthy_every_endpoint_is_still_a_candidate(LbPolicy policy)
    {
        var a = new HostPort("127.0.0.1", 1);
        var b = new HostPort("127.0.0.1", 2);
        var cluster = new ClusterState("backend", policy, [new EndpointState(a, Healthy: false), new EndpointState(b, Healthy: false)], TimeSpan.FromSeconds(1));
        Assert.Equal([a, b], new Balancer(cluster, previous: null).Candidates().OrderBy(e => e.Port).ToArray());

        // One healthy: only it is tried.
        var oneHealthy = cluster with { Endpoints = [new EndpointState(a, Healthy: false), new EndpointState(b, Healthy: true)] };
        Assert.Equal([b], new Balancer(oneHealthy, previous: null).Candidates().ToArray());
    }

    // "/ready answers 200 LIVE; any other path answers 404 with the list of pages."
    [Fact]
    public async Task Ready_answers_live_and_an_unknown_path_gets_404_listing_the_pages()
    {
        await using var upstream = EchoUpstream.Start("ready");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        IPEndPoint admin = harness.Proxy.AdminAddress!;
        var (readyStatus, ready) = await AdminHttp.GetWithStatusAsync(admin, "/ready");
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("LIVE\n", ready);
        var (missingStatus, missing) = await AdminHttp.GetWithStatusAsync(admin, "/nope");
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
        Assert.Equal("not found: / (stats page), /stats, /stats?format=prometheus, /clusters, /ready\n", missing);
    }

    // "/ready answers 503 DRAINING from the start of the drain (SIGINT/SIGTERM) while open connections finish": a load
    // balancer polling it takes the proxy out of rotation, as Envoy's /ready does outside its LIVE state.
    [Fact]
    public async Task Ready_answers_503_draining_while_open_connections_drain()
    {
        await using var upstream = EchoUpstream.Start("draining");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        IPEndPoint admin = harness.Proxy.AdminAddress!;
        using var held = await harness.ConnectClientAsync();
        await ProxyHarness.WaitUntilAsync(() => Task.FromResult(harness.Proxy.OpenConnections == 1), "the held client to be proxied");

        Task drain = harness.Proxy.DrainAsync(ProxyHarness.Timeout);
        // The drain waits for the held client; /ready must say so while it does.
        await ProxyHarness.WaitUntilAsync(
            async () => (await AdminHttp.GetWithStatusAsync(admin, "/ready")).Status == HttpStatusCode.ServiceUnavailable,
            "/ready to answer 503 once the drain began");
        var (status, body) = await AdminHttp.GetWithStatusAsync(admin, "/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("DRAINING\n", body);
        Assert.False(drain.IsCompleted, "the drain ended with a connection still open");

        held.Close();
        await drain.WaitAsync(ProxyHarness.Timeout);
        Assert.Equal(0, harness.Proxy.OpenConnections);
    }

    // "A reload that changes a listener (address, cap, idle timeout or balance) applies the clusters only, logs
    // `Listener changes need a restart; applying cluster changes only.`, and the listener keeps its old settings."
    [Fact]
    public async Task A_reload_that_changes_a_listener_applies_the_clusters_only_and_says_so()
    {
        await using var first = EchoUpstream.Start("first");
        await using var second = EchoUpstream.Start("second");
        string directory = Directory.CreateTempSubdirectory("edge-listener-reload-").FullName;
        try
        {
            string path = Path.Combine(directory, "edge.json");
            await File.WriteAllTextAsync(path, ProxyHarness.Config(ProxyHarness.Quote(first.EndPoint)));
            await using var harness = await ProxyHarness.StartAsync(json: "", watchPath: path);
            ListenerSpec before = harness.Proxy.Config.Listeners.Single();

            string changed = Path.Combine(directory, "changed.json");
            await File.WriteAllTextAsync(changed, ProxyHarness.Config(ProxyHarness.Quote(second.EndPoint), listenerExtras: ", \"balance\": \"exact\", \"max_connections\": 7"));
            Assert.True(await harness.Proxy.ReloadAsync(changed));

            Assert.Contains(harness.Log.Lines, l => l == "Warning: Listener changes need a restart; applying cluster changes only.");
            Assert.Equal(before, harness.Proxy.Config.Listeners.Single());
            Assert.Equal(second.EndPoint.Port, (await harness.Proxy.CurrentTableAsync()).Clusters["backend"].Endpoints.Single().Address.Port);
            Assert.Equal(1, (await harness.Pool.Stats.FlushAsync()).Counter("edge.config_reloads"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

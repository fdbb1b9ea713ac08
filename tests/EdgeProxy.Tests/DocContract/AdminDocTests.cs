using System;
using System.Net;
using System.Threading.Tasks;

namespace EdgeProxy.Tests.DocContract;

/// <summary>
/// The admin endpoint as docs/edgeproxy.md and README.md describe it: `/stats` (text and Prometheus), `/clusters`,
/// `/ready`, the stats page at `/`, the counters of the fault table, and the bounded request line.
/// </summary>
public sealed class AdminDocTests
{
    private static async Task<ProxyHarness> StartAsync(TaggedUpstreams upstreams) =>
        await ProxyHarness.StartAsync($$"""
            { "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{upstreams[0]}}" ] } ],
              "admin": { "address": "127.0.0.1:0" } }
            """);

    // "out of descriptors for the upstream socket | that attempt fails like a refused connect; the client is closed |
    // edge.upstream_cx_connect_fail, edge.downstream_cx_no_upstream" — a refused connect itself, seen on /stats.
    [Fact]
    public async Task A_refused_connect_closes_the_client_and_shows_on_stats_text_and_prometheus()
    {
        int closedPort = EdgeProxyProcess.FreePort();
        await using ProxyHarness proxy = await ProxyHarness.StartAsync($$"""
            { "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:{{closedPort}}" ] } ],
              "admin": { "address": "127.0.0.1:0" } }
            """);
        IPEndPoint admin = proxy.Proxy.AdminAddress!;

        using (System.Net.Sockets.Socket client = await proxy.ConnectClientAsync())
        {
            var (_, received) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, "a client whose only endpoint refuses");
            Assert.Empty(received);
        }

        string stats = "";
        await DocBound.Until(
            async () => (stats = await AdminHttp.GetAsync(admin, "/stats")).Contains("edge.downstream_cx_no_upstream{listener=edge}: 1", StringComparison.Ordinal),
            ProxyHarness.Timeout,
            "/stats to show edge.downstream_cx_no_upstream{listener=edge}: 1");
        Assert.True(stats.Contains("edge.upstream_cx_connect_fail{cluster=backend}: 1", StringComparison.Ordinal), $"/stats:\n{stats}");
        string prometheus = await AdminHttp.GetAsync(admin, "/stats?format=prometheus");
        Assert.Contains("edge_upstream_cx_connect_fail_total{cluster=\"backend\"} 1", prometheus, StringComparison.Ordinal);
        Assert.Contains("edge_downstream_cx_no_upstream_total{listener=\"edge\"} 1", prometheus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clusters_ready_and_the_stats_page_answer()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using ProxyHarness proxy = await StartAsync(upstreams);
        IPEndPoint admin = proxy.Proxy.AdminAddress!;

        string clusters = await AdminHttp.GetAsync(admin, "/clusters");
        Assert.Contains($"backend::{upstreams[0]}", clusters, StringComparison.Ordinal);
        await AdminHttp.GetAsync(admin, "/ready");
        string page = await AdminHttp.GetAsync(admin, "/");
        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
    }

    // "the admin request line is read up to 8 KB; a longer one gets `414` and the connection closes."
    [Fact]
    public async Task A_request_line_over_8_KB_gets_414_and_the_connection_closes()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using ProxyHarness proxy = await StartAsync(upstreams);
        IPEndPoint admin = proxy.Proxy.AdminAddress!;

        string answer = await AdminHttp.RawAsync(admin, "GET /" + new string('a', 9 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.True(answer.StartsWith("HTTP/1.1 414", StringComparison.Ordinal) || answer.StartsWith("HTTP/1.0 414", StringComparison.Ordinal), $"a 9 KB request line was answered: {answer[..Math.Min(200, answer.Length)]}");

        // Under the bound the line is read whole: an unknown long path is a 404, not a 414.
        var (status, _) = await AdminHttp.GetWithStatusAsync(admin, "/" + new string('b', 6 * 1024));
        Assert.Equal(HttpStatusCode.NotFound, status);

        // The admin still serves after both.
        await AdminHttp.GetAsync(admin, "/stats");
    }
}

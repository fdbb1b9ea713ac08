using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly12;

/// <summary>docs/edgeproxy.md, "The admin endpoint" and the counters it names; README's admin pages.</summary>
public sealed class Admin12Tests
{
    [Fact]
    public async Task The_stats_pages_count_exactly_the_connections_bytes_and_resets_sent()
    {
        const int Seed = 1212;
        var random = new Random(Seed);
        using var upstream = new Echo12();
        IPEndPoint admin = null!;
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstream.EndPoint], out admin));
        long bytes = 0;
        const int Closed = 5, Reset = 3;
        for (int i = 0; i < Closed + Reset; i++)
        {
            byte[] payload = SocketProbe.Payload(Seed + i, random.Next(1, 200_000));
            bytes += payload.Length;
            Socket client = await proxy.ConnectClientAsync();
            await ClientObservations.SendAllAsync(client, payload);
            Assert.Equal(payload, await ClientObservations.ReadExactlyAsync(client, payload.Length, $"client {i}'s echo (seed {Seed + i})"));
            if (i < Closed)
            {
                client.Shutdown(SocketShutdown.Send);
                var (reset, rest) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, $"client {i}'s close");
                Assert.False(reset, $"client {i} was reset after a clean half-close.");
                Assert.Empty(rest);
                client.Dispose();
            }
            else
            {
                ClientObservations.Reset(client);
            }
        }

        Dictionary<string, long> page = [];
        await DocBound.Until(
            async () => Edge12.Value(page = await Edge12.StatsPage(admin), "edge.downstream_cx_active{listener=edge}") == 0
                && Edge12.Value(page, "edge.downstream_cx_reset{listener=edge}") >= Reset,
            ProxyHarness.Timeout,
            "every connection closed and the resets counted on /stats");

        string why = $"(seed {Seed}; {Closed + Reset} connections, {bytes:N0} bytes each way, {Reset} client resets)";
        Assert.True(Edge12.Value(page, "edge.downstream_cx_total{listener=edge}") == Closed + Reset, $"downstream_cx_total {why}");
        Assert.True(Edge12.Value(page, "edge.downstream_bytes_rx{listener=edge}") == bytes, $"downstream_bytes_rx = {Edge12.Value(page, "edge.downstream_bytes_rx{listener=edge}")} {why}");
        Assert.True(Edge12.Value(page, "edge.downstream_bytes_tx{listener=edge}") == bytes, $"downstream_bytes_tx = {Edge12.Value(page, "edge.downstream_bytes_tx{listener=edge}")} {why}");
        Assert.True(Edge12.Value(page, "edge.downstream_cx_reset{listener=edge}") == Reset, $"downstream_cx_reset {why}");
        Assert.True(Edge12.Value(page, "edge.upstream_cx_total{cluster=backend}") == Closed + Reset, $"upstream_cx_total {why}");
        Assert.True(Edge12.Value(page, $"edge.upstream_cx_active{{cluster=backend,endpoint={upstream.EndPoint}}}") == 0, $"upstream_cx_active {why}");
        long perWorker = page.Where(p => p.Key.StartsWith("edge.worker.downstream_cx_total{", StringComparison.Ordinal)).Sum(p => p.Value);
        Assert.True(perWorker == Closed + Reset, $"the workers' downstream_cx_total add up to {perWorker} {why}");
        Assert.Equal(Closed + Reset, upstream.Accepted);

        string prometheus = await AdminHttp.GetAsync(admin, "/stats?format=prometheus");
        Assert.Contains($"edge_downstream_cx_total{{listener=\"edge\"}} {Closed + Reset}\n", prometheus, StringComparison.Ordinal);
        Assert.Contains($"edge_downstream_cx_reset_total{{listener=\"edge\"}} {Reset}\n", prometheus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_page_the_clusters_page_and_ready_are_served()
    {
        using var upstream = new Echo12();
        IPEndPoint admin = null!;
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstream.EndPoint], out admin));

        string root = await AdminHttp.GetAsync(admin, "/");
        string clusters = await AdminHttp.GetAsync(admin, "/clusters");
        await AdminHttp.GetAsync(admin, "/ready");

        Assert.Contains("<html", root, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("backend", clusters, StringComparison.Ordinal);
        Assert.Contains(upstream.EndPoint.ToString(), clusters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_every_endpoint_unhealthy_a_client_is_closed_unserved_and_served_again_once_one_recovers()
    {
        IPEndPoint a = Edge12.Refusing(), b = Edge12.Refusing();
        string health = ", \"health_check\": { \"interval_ms\": 100, \"timeout_ms\": 100, \"healthy_threshold\": 1, \"unhealthy_threshold\": 1 }";
        IPEndPoint admin = null!;
        await using var proxy = await Edge12.Start(() => Edge12.Config([a, b], out admin, clusterExtras: health), workers: 1);
        string clusters = "";
        await DocBound.Until(
            async () => (clusters = await AdminHttp.GetAsync(admin, "/clusters")).Split('\n').Count(l => l.Contains("::", StringComparison.Ordinal) && !Healthy(l)) == 2,
            ProxyHarness.Timeout,
            "/clusters to show both refusing endpoints unhealthy");

        using (Socket client = await proxy.ConnectClientAsync())
        {
            await client.SendAsync("x"u8.ToArray(), SocketFlags.None);
            var (_, received) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, "a client while every endpoint is unhealthy");
            Assert.Empty(received);
        }

        await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_no_upstream"), 1, "edge.downstream_cx_no_upstream");

        using var revived = new Echo12(b);
        await DocBound.Until(
            async () => (clusters = await AdminHttp.GetAsync(admin, "/clusters")).Split('\n').Any(l => l.Contains(b.ToString(), StringComparison.Ordinal) && Healthy(l)),
            ProxyHarness.Timeout,
            "/clusters to show the endpoint that came back as healthy");

        Assert.Equal("y"u8.ToArray(), await proxy.RoundTripAsync("y"u8.ToArray()));
    }

    /// <summary>An endpoint line of /clusters (Envoy's form, <c>cluster::endpoint::health_flags::…</c>) for a healthy endpoint.</summary>
    private static bool Healthy(string clustersLine) => clustersLine.TrimEnd().EndsWith("::healthy", StringComparison.Ordinal);

    [Fact]
    public async Task A_request_line_up_to_8_KB_is_read_and_a_longer_one_gets_414()
    {
        using var upstream = new Echo12();
        IPEndPoint admin = null!;
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstream.EndPoint], out admin));

        string within = await AdminHttp.RawAsync(admin, $"GET /{new string('a', 8000)} HTTP/1.0\r\n\r\n");
        string beyond = await AdminHttp.RawAsync(admin, $"GET /{new string('a', 8300)} HTTP/1.0\r\n\r\n");

        Assert.StartsWith("HTTP/1.", within, StringComparison.Ordinal);
        Assert.DoesNotContain("414", within.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("414 URI Too Long", beyond.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seventeenth_admin_connection_at_once_is_closed_unanswered_and_counted()
    {
        using var upstream = new Echo12();
        IPEndPoint admin = null!;
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstream.EndPoint], out admin));
        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < 16; i++)
            {
                Socket socket = await ClientObservations.ConnectAsync(admin);
                held.Add(socket);
                await socket.SendAsync("G"u8.ToArray(), SocketFlags.None);
            }

            using Socket seventeenth = await ClientObservations.ConnectAsync(admin);
            await seventeenth.SendAsync(Encoding.ASCII.GetBytes("GET /stats HTTP/1.0\r\n\r\n"), SocketFlags.None);
            var (_, answer) = await ClientObservations.ReadToEndAsync(seventeenth, ProxyHarness.Timeout, "the 17th admin connection");
            Assert.True(answer.Length == 0, $"the 17th admin connection was answered: {Encoding.ASCII.GetString(answer)}");
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }

        await Edge12.CounterReaches(proxy, p => Edge12.Counter(p, "edge.admin_cx_overflow"), 1, "edge.admin_cx_overflow");
        Assert.Contains("edge.admin_cx_overflow: 1", await AdminHttp.GetAsync(admin, "/stats"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_client_without_a_complete_request_line_is_closed_unanswered_after_10_s_and_counted()
    {
        using var upstream = new Echo12();
        IPEndPoint admin = null!;
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstream.EndPoint], out admin));
        var clock = Stopwatch.StartNew();
        using Socket socket = await ClientObservations.ConnectAsync(admin);
        await socket.SendAsync("GET /sta"u8.ToArray(), SocketFlags.None);

        var (_, answer, after) = await Edge12.EndOf(socket, clock, DocBound.Upper(TimeSpan.FromSeconds(10)), "an admin client that never finishes its request line");

        Assert.True(answer.Length == 0, $"answered: {Encoding.ASCII.GetString(answer)}");
        Assert.True(after >= TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1), $"closed {after.TotalMilliseconds:F0} ms after the connect, before the 10 s request timeout.");
        await Edge12.CounterReaches(proxy, p => Edge12.Counter(p, "edge.admin_request_timeout"), 1, "edge.admin_request_timeout");
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly13;

/// <summary>
/// docs/edgeproxy.md, "The admin endpoint: on main's loop": the pages, the counters and histograms with exact values
/// after known traffic, and the admin's own limits.
/// </summary>
public sealed partial class AdminDoc13Tests
{
    private const string PageList = "not found: / (stats page), /stats, /stats?format=prometheus, /clusters, /ready";

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*=""[^""]*""(,[a-zA-Z_][a-zA-Z0-9_]*=""[^""]*"")*\})? -?([0-9.eE+-]+|NaN|\+Inf|-Inf)$")]
    private static partial Regex PrometheusSample();

    // "/ready | 200 LIVE while the process serves"; "anything else: 404 with the list".
    [Theory]
    [InlineData("/live")]
    [InlineData("/healthz")]
    [InlineData("/stats/")]
    [InlineData("/clusters/backend")]
    public async Task Ready_answers_200_live_and_every_other_path_404_with_the_page_list(string unknown)
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(echo.EndPoint)));
        var (readyStatus, readyBody) = await AdminHttp.GetWithStatusAsync(adminEndPoint, "/ready");
        Assert.True(readyStatus == HttpStatusCode.OK && readyBody.Trim() == "LIVE", $"/ready: {(int)readyStatus} '{readyBody}'; expected 200 LIVE.");
        var (status, body) = await AdminHttp.GetWithStatusAsync(adminEndPoint, unknown);
        Assert.True(status == HttpStatusCode.NotFound && body.Contains(PageList, StringComparison.Ordinal), $"{unknown}: {(int)status} '{body}'; expected 404 listing '{PageList}'.");
    }

    // "/clusters | one line per endpoint in Envoy's format: backend::127.0.0.1:7001::health_flags::healthy, or
    // ::health_flags::/failed_active_hc when the health check has marked it down".
    [Fact]
    public async Task Clusters_lists_one_line_per_endpoint_with_its_health_flags()
    {
        using var live = new EchoUpstream13();
        IPEndPoint down = Config13.RefusedEndpoint();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(live.EndPoint, down), clusterExtras: Config13.HealthCheck()));
        string[] expected = { $"backend::{live.EndPoint}::health_flags::healthy", $"backend::{down}::health_flags::/failed_active_hc" };
        string last = "";
        await DocBound.Until(async () =>
        {
            last = await AdminHttp.GetAsync(adminEndPoint, "/clusters");
            return last.Contains(expected[1], StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(10), $"/clusters to mark {down} down");
        string[] lines = last.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.True(lines.SequenceEqual(expected), $"/clusters:\n{last}\nexpected exactly:\n{string.Join('\n', expected)}");
    }

    // Counters "client connections accepted and served", bytes "read from clients / written to clients", "upstream
    // connections made", per worker "connections accepted, open now, upstream connections made", the gauges back at 0,
    // and both histograms with one value per connection.
    [Fact]
    public async Task Stats_count_exactly_the_connections_bytes_and_upstream_connections_of_known_traffic()
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(echo.EndPoint)));
        long bytes = 0;
        for (int i = 1; i <= 5; i++)
        {
            byte[] payload = SocketProbe.Payload(i, 1000 * i);
            byte[] back = await proxy.RoundTripAsync(payload);
            Assert.True(back.AsSpan().SequenceEqual(payload), $"round trip {i} (seed {i}) came back different.");
            bytes += payload.Length;
        }

        string gauge = $"edge.upstream_cx_active{{cluster=backend,endpoint={echo.EndPoint}}}";
        await DocBound.Until(async () =>
        {
            StatsPage s = await StatsPage.ReadAsync(adminEndPoint);
            return s.Long("edge.downstream_cx_active{listener=edge}") == 0 && s.Long(gauge) == 0 && s.HistogramField("edge.downstream_cx_length_us", "count") == 5;
        }, TimeSpan.FromSeconds(10), "every connection closed (active gauges 0, five connection lengths)");
        StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
        var expected = new (string Key, long Value)[]
        {
            ("edge.downstream_cx_total{listener=edge}", 5),
            ("edge.downstream_bytes_rx{listener=edge}", bytes),
            ("edge.downstream_bytes_tx{listener=edge}", bytes),
            ("edge.downstream_cx_reset{listener=edge}", 0),
            ("edge.downstream_cx_overflow{listener=edge}", 0),
            ("edge.downstream_cx_no_upstream{listener=edge}", 0),
            ("edge.downstream_cx_idle_timeout{listener=edge}", 0),
            ("edge.upstream_cx_total{cluster=backend}", 5),
            ("edge.upstream_cx_connect_fail{cluster=backend}", 0),
            ("edge.upstream_cx_connect_timeout{cluster=backend}", 0),
        };
        string wrong = string.Join("; ", expected.Where(e => stats.Long(e.Key) != e.Value).Select(e => $"{e.Key} = {stats.Long(e.Key)}, expected {e.Value}"));
        Assert.True(wrong.Length == 0, $"{wrong}\n{stats.Text}");
        Dictionary<string, long> total = stats.PerWorker("edge.worker.downstream_cx_total"), rq = stats.PerWorker("edge.worker.upstream_rq_total"), active = stats.PerWorker("edge.worker.downstream_cx_active");
        Assert.True(total.Values.Sum() == 5 && rq.Values.Sum() == 5 && active.Values.Sum() == 0,
            $"per worker: accepted {Join(total)}, upstream made {Join(rq)}, open {Join(active)}; expected sums 5, 5, 0.");
        Assert.True(stats.HistogramField("edge.upstream_connect_us", "count") == 5, $"edge.upstream_connect_us should hold one value per connected upstream (5):\n{stats.Text}");
    }

    // "edge.downstream_cx_length_us … each connection's length": a connection held open by the client for at least
    // 300 ms after its echo arrived (so after the proxy accepted it) until it closed (so before the proxy saw the
    // close) is at least 300,000 µs long; a client that got no upstream has no connect time.
    [Fact]
    public async Task Histograms_record_each_connections_length_and_only_connected_upstreams_connect_time()
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(echo.EndPoint)));
        var held = Stopwatch.StartNew();
        using (Socket client = await Client13.ProxiedAsync(proxy.Listener, 9, "the held connection"))
        {
            held.Restart();
            while (held.Elapsed < TimeSpan.FromMilliseconds(300))
            {
                await Task.Delay(10); // the connection's length under test, not a synchronisation
            }
        }

        await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).HistogramField("edge.downstream_cx_length_us", "count") == 1, TimeSpan.FromSeconds(10), "one connection length recorded");
        StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
        double? sum = stats.HistogramField("edge.downstream_cx_length_us", "sum");
        Assert.True(sum >= 300_000, $"edge.downstream_cx_length_us sum {sum} µs for one connection held ≥ {held.Elapsed.TotalMilliseconds:F0} ms between its echo and its close.");
        Assert.True(stats.HistogramField("edge.upstream_connect_us", "count") == 1 && stats.HistogramField("edge.upstream_connect_us", "sum") > 0,
            $"edge.upstream_connect_us after one connected upstream: count {stats.HistogramField("edge.upstream_connect_us", "count")}, sum {stats.HistogramField("edge.upstream_connect_us", "sum")}.");
    }

    // "/stats?format=prometheus: the Prometheus text format": every line a comment or a sample, each series typed, and
    // the same figures as /stats.
    [Fact]
    public async Task Prometheus_page_is_well_formed_and_carries_the_same_figures()
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(echo.EndPoint)));
        await proxy.RoundTripAsync(SocketProbe.Payload(1, 123));
        await proxy.RoundTripAsync(SocketProbe.Payload(2, 877));
        await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_active{listener=edge}") == 0, TimeSpan.FromSeconds(10), "both connections closed");
        string text = await AdminHttp.GetAsync(adminEndPoint, "/stats?format=prometheus");
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] bad = lines.Where(l => !l.StartsWith('#') && !PrometheusSample().IsMatch(l)).ToArray();
        Assert.True(bad.Length == 0, $"lines that are neither a comment nor a sample:\n{string.Join('\n', bad.Take(10))}");
        var typed = lines.Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToHashSet(StringComparer.Ordinal);
        string[] untyped = lines.Where(l => !l.StartsWith('#')).Select(l => l.Split('{', ' ')[0])
            .Where(n => !typed.Contains(n) && !typed.Any(t => n == t + "_sum" || n == t + "_count" || n == t + "_bucket")).Distinct().ToArray();
        Assert.True(untyped.Length == 0, $"series without a # TYPE line: {string.Join(", ", untyped)}");
        Assert.Matches(new Regex(@"(?m)^edge_downstream_cx_total(_total)?\{listener=""edge""\} 2$"), text);
        Assert.Matches(new Regex(@"(?m)^edge_downstream_bytes_rx(_total)?\{listener=""edge""\} 1000$"), text);
        Assert.Matches(new Regex(@"(?m)^edge_upstream_cx_total(_total)?\{cluster=""backend""\} 2$"), text);
    }

    // "/ | an HTML page of the same figures as /stats (per worker, per listener, per cluster, histograms)".
    [Fact]
    public async Task Stats_page_shows_workers_listeners_clusters_and_histograms()
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        string json = Config13.Single(admin, Config13.Quote(echo.EndPoint)).Replace("\"name\": \"edge\"", "\"name\": \"frontdoor\"", StringComparison.Ordinal);
        await using var proxy = await ProxyHarness.StartAsync(json);
        IPEndPoint listener = proxy.Proxy.ListenerAddresses["frontdoor"];
        for (int i = 0; i < 3; i++)
        {
            using Socket c = await Client13.ProxiedAsync(listener, (byte)i, $"client {i} of 'frontdoor'");
        }

        await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_active{listener=frontdoor}") == 0, TimeSpan.FromSeconds(10), "the three connections closed");
        StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
        string page = await AdminHttp.GetAsync(adminEndPoint, "/");
        var missing = new List<string>();
        foreach (string worker in stats.PerWorker("edge.worker.downstream_cx_total").Keys)
        {
            if (!page.Contains(worker, StringComparison.Ordinal))
            {
                missing.Add($"worker {worker}");
            }
        }

        if (!page.Contains("frontdoor", StringComparison.Ordinal))
        {
            missing.Add("listener 'frontdoor' (per listener figures)");
        }

        if (!page.Contains(echo.EndPoint.ToString(), StringComparison.Ordinal))
        {
            missing.Add($"cluster endpoint {echo.EndPoint}");
        }

        foreach (string histogram in new[] { "edge.upstream_connect_us", "edge.downstream_cx_length_us" })
        {
            if (!page.Contains(histogram, StringComparison.Ordinal))
            {
                missing.Add($"histogram {histogram}");
            }
        }

        Assert.True(missing.Count == 0, $"the stats page '/' lacks: {string.Join("; ", missing)}.");
    }

    // "more than 16 admin connections at once | the next is accepted and closed at once, unanswered | edge.admin_cx_overflow".
    [Fact]
    public async Task The_seventeenth_admin_connection_is_closed_unanswered_and_counted()
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(echo.EndPoint)));
        var idle = new List<Socket>();
        try
        {
            for (int i = 0; i < 16; i++)
            {
                idle.Add(await ClientObservations.ConnectAsync(adminEndPoint));
            }

            using Socket seventeenth = await ClientObservations.ConnectAsync(adminEndPoint);
            try
            {
                await seventeenth.SendAsync(Encoding.ASCII.GetBytes("GET /ready HTTP/1.0\r\n\r\n"), SocketFlags.None);
            }
            catch (SocketException)
            {
                // closed at once: what the doc says
            }

            var (_, received) = await ClientObservations.ReadToEndAsync(seventeenth, DocBound.Upper(TimeSpan.Zero), "the 17th admin connection");
            Assert.True(received.Length == 0, $"the 17th admin connection was answered: {Encoding.ASCII.GetString(received)}");
        }
        finally
        {
            idle.ForEach(s => s.Dispose());
        }

        // Until the admin has seen the 16 close, a /stats request is itself one connection too many: each such
        // unanswered poll is an overflow too, so it is counted here and expected on the page. Raw requests, not
        // HttpClient, so that no request is retried out of sight.
        int unansweredPolls = 0;
        StatsPage? stats = null;
        await DocBound.Until(async () =>
        {
            string answer = await AdminHttp.RawAsync(adminEndPoint, "GET /stats HTTP/1.0\r\n\r\n");
            int body = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (answer.Length == 0 || body < 0)
            {
                unansweredPolls++;
                return false;
            }

            stats = StatsPage.Parse(answer[(body + 4)..]);
            return true;
        }, TimeSpan.FromSeconds(10), "/stats to answer once the 16 idle admin connections closed");
        Assert.True(stats!.Long("edge.admin_cx_overflow") == 1 + unansweredPolls, $"edge.admin_cx_overflow {stats.Long("edge.admin_cx_overflow")}, expected 1 (+ {unansweredPolls} unanswered polls).");
    }

    // "a request line over 8 KB | 414 URI Too Long, then the connection is half-closed".
    [Fact]
    public async Task A_request_line_over_8_KB_gets_414()
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(echo.EndPoint)));
        string answer = await AdminHttp.RawAsync(adminEndPoint, "GET /stats?" + new string('a', 9 * 1024) + " HTTP/1.0\r\n\r\n");
        Assert.True(answer.StartsWith("HTTP/1.", StringComparison.Ordinal) && answer.Contains(" 414 URI Too Long", StringComparison.Ordinal), $"answer to a 9 KB request line: {answer[..Math.Min(200, answer.Length)]}");
        string ok = await AdminHttp.RawAsync(adminEndPoint, "GET /ready HTTP/1.0\r\n\r\n");
        Assert.True(ok.Contains("200", StringComparison.Ordinal) && ok.Contains("LIVE", StringComparison.Ordinal), $"the admin after a 414: {ok}");
    }

    // "no complete request line within 10 s of the accept | the connection is closed, unanswered | edge.admin_request_timeout".
    [Fact]
    public async Task An_incomplete_request_line_is_closed_unanswered_after_10_s_and_counted()
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(Config13.Single(admin, Config13.Quote(echo.EndPoint)));
        using Socket slow = await ClientObservations.ConnectAsync(adminEndPoint);
        await ClientObservations.SendAllAsync(slow, Encoding.ASCII.GetBytes("GET /sta"));
        var (_, received) = await ClientObservations.ReadToEndAsync(slow, DocBound.Upper(TimeSpan.FromSeconds(10)), "an admin connection with an incomplete request line");
        Assert.True(received.Length == 0, $"the incomplete request was answered: {Encoding.ASCII.GetString(received)}");
        StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
        Assert.True(stats.Long("edge.admin_request_timeout") == 1, $"edge.admin_request_timeout {stats.Long("edge.admin_request_timeout")}, expected 1.");
    }

    private static string Join(Dictionary<string, long> values) => string.Join(",", values.Select(kv => $"{kv.Key}={kv.Value}"));
}

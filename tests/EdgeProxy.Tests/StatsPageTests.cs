using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EdgeProxy.Tests;

/// <summary>The admin's HTML stats page at <c>/</c>, parsed as a browser would, against what <c>/stats</c> and <c>/clusters</c> say.</summary>
public sealed class StatsPageTests
{
    private const int Connections = 20;

    [Fact]
    public async Task The_page_shows_the_same_worker_listener_cluster_and_latency_figures_as_the_text_endpoints()
    {
        await using var upstream = EchoUpstream.Start("up");
        IPEndPoint dead = UnusedEndPoint();
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint, dead), healthIntervalMs: 50));
        await ProxyHarness.WaitUntilAsync(async () => !(await harness.Proxy.CurrentTableAsync()).Clusters["backend"].Endpoints.Single(e => e.Address.Port == dead.Port).Healthy, "the health check to mark the dead endpoint");
        byte[] hello = "hello"u8.ToArray();
        for (int i = 0; i < Connections; i++)
        {
            Assert.Equal(hello, await harness.RoundTripAsync(hello));
        }

        using var http = new HttpClient { BaseAddress = new Uri($"http://{harness.Proxy.AdminAddress}"), Timeout = ProxyHarness.Timeout };
        // A connection's worker counts it closed just after the client sees the end of its stream.
        await ProxyHarness.WaitUntilAsync(async () => Sum(ParseStats(await http.GetStringAsync("/stats")), WorkerTraffic.ConnectionsActive) == 0, "every connection to be counted closed");

        using HttpResponseMessage response = await http.GetAsync("/");
        string html = await response.Content.ReadAsStringAsync();
        Dictionary<string, long> stats = ParseStats(await http.GetStringAsync("/stats"));
        string clusters = await http.GetStringAsync("/clusters");
        IDocument page = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var workers = page.QuerySelectorAll("#workers tr[data-worker]").ToList();
        Assert.Equal(harness.Pool.Workers.Select(w => w.Name), workers.Select(w => w.GetAttribute("data-worker")));
        foreach (IElement row in workers)
        {
            string worker = row.GetAttribute("data-worker")!;
            Assert.Equal(stats[$"{WorkerTraffic.ConnectionsTotal}{{worker={worker}}}"], Figure(row, ".cx-total"));
            Assert.Equal(stats[$"{WorkerTraffic.RequestsTotal}{{worker={worker}}}"], Figure(row, ".rq-total"));
            Assert.Equal(stats[$"{WorkerTraffic.ConnectionsActive}{{worker={worker}}}"], Figure(row, ".cx-active"));
            long callbacksLater = stats[$"weft.dispatcher.callbacks_run{{dispatcher={worker}}}"];   // flushed after the page's
            Assert.InRange(Figure(row, ".callbacks"), 1, callbacksLater);
        }

        Assert.Equal(Connections, workers.Sum(w => Figure(w, ".cx-total")));
        Assert.Equal(Connections, workers.Sum(w => Figure(w, ".rq-total")));

        // Per listener, the figures /stats tags with the listener (each client sent and got back "hello").
        IElement listener = Assert.Single(page.QuerySelectorAll("#listeners tr[data-listener]"));
        string name = listener.GetAttribute("data-listener")!;
        Assert.Equal(harness.Proxy.ListenerAddresses.Keys.Single(), name);
        Assert.Equal(Connections, Figure(listener, ".cx-total"));
        Assert.Equal(0, Figure(listener, ".cx-active"));
        Assert.Equal(Connections * hello.Length, Figure(listener, ".bytes-rx"));
        Assert.Equal(Connections * hello.Length, Figure(listener, ".bytes-tx"));
        Assert.Equal(stats[$"edge.downstream_cx_total{{listener={name}}}"], Figure(listener, ".cx-total"));
        Assert.Equal(0, Figure(listener, ".cx-overflow") + Figure(listener, ".cx-reset") + Figure(listener, ".cx-no-upstream"));

        foreach (IElement row in page.QuerySelectorAll("#clusters tr[data-endpoint]"))
        {
            string health = row.QuerySelector(".health")!.TextContent;
            string flags = health == "healthy" ? "healthy" : "/failed_active_hc";
            Assert.Contains($"{row.GetAttribute("data-cluster")}::{row.GetAttribute("data-endpoint")}::health_flags::{flags}\n", clusters, StringComparison.Ordinal);
        }

        Assert.Equal("unhealthy", page.QuerySelector($"#clusters tr[data-endpoint='{dead}'] .health")!.TextContent);
        Assert.Equal("healthy", page.QuerySelector($"#clusters tr[data-endpoint='{upstream.EndPoint}'] .health")!.TextContent);

        foreach (string histogram in new[] { WorkerTraffic.ConnectLatency, WorkerTraffic.ConnectionLength })
        {
            IElement figure = page.QuerySelector($"figure[data-histogram='{histogram}']") ?? throw new Xunit.Sdk.XunitException($"no histogram {histogram} on the page");
            long count = stats[$"{histogram}.count"];
            Assert.Equal(Connections, count);
            Assert.Equal(count, long.Parse(figure.GetAttribute("data-count")!, CultureInfo.InvariantCulture));
            var bars = figure.QuerySelectorAll(".bar").ToList();
            Assert.Equal(count, bars.Sum(b => long.Parse(b.GetAttribute("data-count")!, CultureInfo.InvariantCulture)));
            Assert.Contains(bars, b => b.GetAttribute("style") == "width:100%");
        }

        string script = string.Concat(page.QuerySelectorAll("script").Select(s => s.TextContent));
        Assert.Contains("setInterval", script, StringComparison.Ordinal);
        Assert.Contains("fetch(location.pathname", script, StringComparison.Ordinal);
    }

    private static long Figure(IElement row, string cell) =>
        long.Parse(row.QuerySelector(cell)?.TextContent ?? throw new Xunit.Sdk.XunitException($"no {cell} in {row.OuterHtml}"), CultureInfo.InvariantCulture);

    private static long Sum(Dictionary<string, long> stats, string name) =>
        stats.Where(s => s.Key.StartsWith(name + "{", StringComparison.Ordinal)).Sum(s => s.Value);

    /// <summary>`/stats` text: <c>name{tags}: value</c> per counter and gauge; <c>name: count=N sum=S ...</c> per histogram (as name.count, name.sum).</summary>
    private static Dictionary<string, long> ParseStats(string text)
    {
        var stats = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = line.LastIndexOf(": ", StringComparison.Ordinal);
            string name = line[..colon];
            string value = line[(colon + 2)..];
            if (value.StartsWith("count=", StringComparison.Ordinal))
            {
                foreach (string part in value.Split(' ').Where(p => p.StartsWith("count=", StringComparison.Ordinal) || p.StartsWith("sum=", StringComparison.Ordinal)))
                {
                    string[] pair = part.Split('=');
                    stats[$"{name}.{pair[0]}"] = long.Parse(pair[1], CultureInfo.InvariantCulture);
                }
            }
            else
            {
                stats[name] = long.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return stats;
    }

    private static IPEndPoint UnusedEndPoint()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return (IPEndPoint)probe.LocalEndpoint;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Weft.Stats;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>
/// The admin's HTML page at <c>/</c>, in the spirit of HAProxy's stats page: per-worker connections and requests,
/// every cluster endpoint's health, and each latency histogram drawn as bars, all from one flushed
/// <see cref="StatsSnapshot"/> (the same figures <c>/stats</c> prints). Plain HTML; a few lines of script fetch the
/// page again every two seconds and swap its content in (a meta refresh stands in without script).
/// </summary>
internal static class StatsPage
{
    private const string Style = """
        body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; background: #fafafa; }
        h1 { font-size: 1.4em; margin: 0 0 .2em; } h2 { font-size: 1.1em; margin: 1.4em 0 .4em; }
        table { border-collapse: collapse; background: #fff; }
        th, td { border: 1px solid #ddd; padding: .25em .7em; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        th { background: #eef; }
        .healthy { background: #d9f2d9; } .unhealthy { background: #f8d0d0; }
        .histograms { display: flex; flex-wrap: wrap; gap: 1.5em; }
        figure { margin: 0; background: #fff; border: 1px solid #ddd; padding: .6em .8em; min-width: 26em; }
        figcaption { font-weight: 600; margin-bottom: .4em; }
        .row { display: flex; align-items: center; gap: .5em; font-size: 12px; }
        .row .range { width: 9em; text-align: right; color: #555; }
        .row .track { flex: 1; background: #f0f0f0; height: 1em; }
        .bar { display: block; background: #4a7bd0; height: 1em; }
        .row .n { width: 5em; }
        .muted { color: #777; }
        """;

    private const string Refresh = """
        const pause = document.getElementById('pause');
        setInterval(async () => {
          if (pause.checked) return;
          try {
            const page = new DOMParser().parseFromString(await (await fetch(location.pathname, { cache: 'no-store' })).text(), 'text/html');
            document.querySelector('main').replaceWith(page.querySelector('main'));
          } catch { document.getElementById('taken').textContent += ' (admin unreachable)'; }
        }, 2000);
        """;

    public static string Render(StatsSnapshot stats, ClusterTable table, IReadOnlyList<Dispatcher> workers, IEnumerable<string> listeners)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>EdgeProxy stats</title>\n")
            .Append("<noscript><meta http-equiv=\"refresh\" content=\"5\"></noscript>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>EdgeProxy</h1>\n<label><input type=\"checkbox\" id=\"pause\"> pause refresh</label>\n<main>\n")
            .Append("<p class=\"muted\" id=\"taken\">stats flush ").Append(stats.Sequence.ToString(CultureInfo.InvariantCulture))
            .Append(" taken ").Append(Encode(stats.TakenAt.ToString("u", CultureInfo.InvariantCulture)))
            .Append(", cluster table version ").Append(table.Version.ToString(CultureInfo.InvariantCulture)).Append("</p>\n");
        AppendWorkers(html, stats, workers);
        AppendListeners(html, stats, listeners);
        AppendClusters(html, table);
        AppendHistograms(html, stats);
        html.Append("</main>\n<script>").Append(Refresh).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendWorkers(StringBuilder html, StatsSnapshot stats, IReadOnlyList<Dispatcher> workers)
    {
        html.Append("<h2>Workers</h2>\n<table id=\"workers\">\n<tr><th>worker</th><th>connections open</th><th>connections</th><th>requests forwarded</th><th>callbacks run</th><th>max loop (µs)</th></tr>\n");
        foreach (Dispatcher worker in workers)
        {
            var tag = new KeyValuePair<string, string>("worker", worker.Name);
            var loop = new KeyValuePair<string, string>("dispatcher", worker.Name);
            html.Append("<tr data-worker=\"").Append(Encode(worker.Name)).Append("\"><td>").Append(Encode(worker.Name)).Append("</td>")
                .Append(Cell("cx-active", stats.Gauge(WorkerTraffic.ConnectionsActive, tag)))
                .Append(Cell("cx-total", stats.Counter(WorkerTraffic.ConnectionsTotal, tag)))
                .Append(Cell("rq-total", stats.Counter(WorkerTraffic.RequestsTotal, tag)))
                .Append(Cell("callbacks", stats.Counter("weft.dispatcher.callbacks_run", loop)))
                .Append(Cell("max-loop-us", stats.Gauge("weft.dispatcher.max_loop_duration_us", loop)))
                .Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendListeners(StringBuilder html, StatsSnapshot stats, IEnumerable<string> listeners)
    {
        html.Append("<h2>Listeners</h2>\n<table id=\"listeners\">\n<tr><th>listener</th><th>connections open</th><th>connections</th><th>bytes in</th><th>bytes out</th><th>overflow</th><th>idle timeouts</th><th>resets</th><th>no upstream</th><th>accept failures</th></tr>\n");
        foreach (string listener in listeners.OrderBy(l => l, StringComparer.Ordinal))
        {
            var tag = new KeyValuePair<string, string>("listener", listener);
            html.Append("<tr data-listener=\"").Append(Encode(listener)).Append("\"><td>").Append(Encode(listener)).Append("</td>")
                .Append(Cell("cx-active", stats.Gauge("edge.downstream_cx_active", tag)))
                .Append(Cell("cx-total", stats.Counter("edge.downstream_cx_total", tag)))
                .Append(Cell("bytes-rx", stats.Counter("edge.downstream_bytes_rx", tag)))
                .Append(Cell("bytes-tx", stats.Counter("edge.downstream_bytes_tx", tag)))
                .Append(Cell("cx-overflow", stats.Counter("edge.downstream_cx_overflow", tag)))
                .Append(Cell("cx-idle-timeout", stats.Counter("edge.downstream_cx_idle_timeout", tag)))
                .Append(Cell("cx-reset", stats.Counter("edge.downstream_cx_reset", tag)))
                .Append(Cell("cx-no-upstream", stats.Counter("edge.downstream_cx_no_upstream", tag)))
                .Append(Cell("accept-fail", stats.Counter("edge.listener_accept_fail", tag)))
                .Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendClusters(StringBuilder html, ClusterTable table)
    {
        html.Append("<h2>Clusters</h2>\n<table id=\"clusters\">\n<tr><th>cluster</th><th>endpoint</th><th>policy</th><th>health</th></tr>\n");
        foreach (ClusterState cluster in table.Clusters.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            foreach (EndpointState endpoint in cluster.Endpoints)
            {
                string health = endpoint.Healthy ? "healthy" : "unhealthy";
                html.Append("<tr data-cluster=\"").Append(Encode(cluster.Name)).Append("\" data-endpoint=\"").Append(Encode(endpoint.Address.ToString())).Append("\">")
                    .Append("<td>").Append(Encode(cluster.Name)).Append("</td><td>").Append(Encode(endpoint.Address.ToString())).Append("</td>")
                    .Append("<td>").Append(cluster.Policy).Append("</td><td class=\"health ").Append(health).Append("\">").Append(health).Append("</td></tr>\n");
            }
        }

        html.Append("</table>\n");
    }

    /// <summary>Every histogram, its fine buckets summed per power of two, from the lowest to the highest one used.</summary>
    private static void AppendHistograms(StringBuilder html, StatsSnapshot stats)
    {
        html.Append("<h2>Latency</h2>\n<div class=\"histograms\">\n");
        foreach (var (name, histogram) in stats.Histograms.OrderBy(h => h.Name.Key, StringComparer.Ordinal))
        {
            var rows = new SortedDictionary<long, long>();
            for (int i = 0; i < histogram.Buckets.Length; i++)
            {
                if (histogram.Buckets[i] > 0)
                {
                    long low = HistogramBuckets.LowerBound(i);
                    long floor = low == 0 ? 0 : 1L << (63 - (int)long.LeadingZeroCount(low));
                    rows[floor] = rows.GetValueOrDefault(floor) + histogram.Buckets[i];
                }
            }

            string quantiles = histogram.Count == 0 ? "no values yet" : string.Create(CultureInfo.InvariantCulture,
                $"p50 {histogram.Quantile(0.5):0.#} · p90 {histogram.Quantile(0.9):0.#} · p99 {histogram.Quantile(0.99):0.#}");
            html.Append("<figure data-histogram=\"").Append(Encode(name.ToString())).Append("\" data-count=\"").Append(histogram.Count.ToString(CultureInfo.InvariantCulture))
                .Append("\"><figcaption>").Append(Encode(name.ToString())).Append(" <span class=\"muted\">(")
                .Append(histogram.Count.ToString(CultureInfo.InvariantCulture)).Append(" values; ").Append(quantiles).Append(")</span></figcaption>\n");
            long tallest = rows.Count == 0 ? 1 : rows.Values.Max();
            if (rows.Count > 0)
            {
                long last = rows.Keys.Last();
                for (long floor = rows.Keys.First(); ; floor = floor == 0 ? 1 : floor * 2)
                {
                    long count = rows.GetValueOrDefault(floor);
                    string range = floor == 0 ? "0" : string.Create(CultureInfo.InvariantCulture, $"{floor}–{(floor * 2) - 1}");
                    string width = (100.0 * count / tallest).ToString("0.#", CultureInfo.InvariantCulture);
                    html.Append("<div class=\"row\"><span class=\"range\">").Append(range).Append("</span><span class=\"track\"><span class=\"bar\" data-low=\"")
                        .Append(floor.ToString(CultureInfo.InvariantCulture)).Append("\" data-count=\"").Append(count.ToString(CultureInfo.InvariantCulture))
                        .Append("\" style=\"width:").Append(width).Append("%\"></span></span><span class=\"n\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</span></div>\n");
                    if (floor >= last)
                    {
                        break;   // before doubling: the highest floor is at most 2^62
                    }
                }
            }

            html.Append("</figure>\n");
        }

        html.Append("</div>\n");
    }

    private static string Cell(string kind, long? value) =>
        $"<td class=\"{kind}\">{(value ?? 0).ToString(CultureInfo.InvariantCulture)}</td>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

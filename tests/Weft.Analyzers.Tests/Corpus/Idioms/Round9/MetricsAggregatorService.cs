// Application-style: a metrics aggregator. Every worker counts requests per route in its own per-worker store; main
// merges them with UpdateAllAsync and exports the totals. Defects: the merge callback adds into a dictionary captured
// from main, on every worker at once (WEFT0008), and the exporter keeps using the worker's store after an await
// configured not to resume on the loop (WEFT0004).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.R9.MetricsAggregatorService;

public readonly record struct RouteSample(string Route, int Status, double Milliseconds);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteStats
{
    public Dictionary<string, long> Requests { get; } = new();

    public Dictionary<string, double> TotalMs { get; } = new();

    public void Record(RouteSample sample)
    {
        string key = sample.Status switch
        {
            >= 500 => $"{sample.Route}:5xx",
            >= 400 => $"{sample.Route}:4xx",
            _ => sample.Route,
        };
        Requests[key] = Requests.GetValueOrDefault(key) + 1;
        TotalMs[key] = TotalMs.GetValueOrDefault(key) + sample.Milliseconds;
    }

    [WorkerUpdate]
    private void Reset() => (Requests as IDictionary<string, long>).Clear();
}

public sealed class MetricsAggregator(WorkerPool pool)
{
    public async Task<IReadOnlyDictionary<string, long>> MergeAsync(CancellationToken cancellationToken)
    {
        var totals = new Dictionary<string, long>();
        await RouteStats.UpdateAllAsync(pool, stats =>
        {
            foreach ((string route, long count) in stats.Requests)
            {
                totals[route] = totals.GetValueOrDefault(route) + count; // expect: WEFT0008
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        return totals.OrderByDescending(p => p.Value).ToDictionary(p => p.Key, p => p.Value);
    }
}

public sealed class WorkerExporter(HttpClient http, Uri endpoint)
{
    public async Task PushAsync(CancellationToken cancellationToken)
    {
        RouteStats stats = RouteStats.Current;
        var body = new StringBuilder();
        foreach ((string route, long count) in stats.Requests.OrderBy(p => p.Key))
        {
            body.Append(route).Append(' ').Append(count).AppendLine();
        }

        using var content = new StringContent(body.ToString(), Encoding.UTF8, "text/plain");
        using HttpResponseMessage response = await http.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            stats.Requests.Clear(); // expect: WEFT0004
            stats.TotalMs.Clear(); // (the same variable: reported once, at its first use off the loop — WEFT0004 page)
        }
    }
}

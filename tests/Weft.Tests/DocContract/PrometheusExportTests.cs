using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Stats;
using Weft.Watchdog;

namespace Weft.Tests.DocContract;

/// <summary>Issue 11 "Stats": the Prometheus export names each series once, so a <c>sum()</c> never counts one twice.</summary>
public sealed class PrometheusExportTests
{
    [Fact]
    public async Task Every_series_appears_once_and_no_metric_is_both_unlabelled_and_labelled()
    {
        await using var pool = new ReportingPool(2, o => o.GuardDog = new GuardDogOptions());
        Counter perWorker0 = pool.Pool.Stats.Counter("doc.requests", new KeyValuePair<string, string>("worker", "0"));
        Counter perWorker1 = pool.Pool.Stats.Counter("doc.requests", new KeyValuePair<string, string>("worker", "1"));
        Histogram latency = pool.Pool.Stats.Histogram("doc.latency");
        await Bounded.Within(pool.Workers[0].InvokeAsync(() => { perWorker0.Increment(); latency.Record(5); }), "recording on worker 0");
        await Bounded.Within(pool.Workers[1].InvokeAsync(() => { perWorker1.Increment(); latency.Record(7); }), "recording on worker 1");

        StatsSnapshot snapshot = await Bounded.Within(pool.Pool.Stats.FlushAsync(), "a flush");
        string text = snapshot.ToPrometheus();

        var series = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.LastIndexOf(' ')])
            .ToList();
        Assert.Contains(series, s => s.StartsWith("doc_requests", StringComparison.Ordinal));
        Assert.Contains(series, s => s.Contains("guarddog", StringComparison.Ordinal));

        var duplicated = series.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicated.Count == 0, "series exported more than once: " + string.Join(", ", duplicated) + Environment.NewLine + text);

        var mixed = series
            .GroupBy(s => s.Split('{')[0], StringComparer.Ordinal)
            .Where(g => g.Any(s => !s.Contains('{', StringComparison.Ordinal)) && g.Any(s => s.Contains('{', StringComparison.Ordinal)))
            .Select(g => g.Key)
            .ToList();
        Assert.True(mixed.Count == 0, "metrics exported both without labels and with labels (a sum() counts them twice): " + string.Join(", ", mixed) + Environment.NewLine + text);

        var typeLines = text.Split('\n').Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToList();
        var typedTwice = typeLines.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(typedTwice.Count == 0, "metrics with more than one TYPE line: " + string.Join(", ", typedTwice));
    }
}

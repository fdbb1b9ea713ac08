using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using Weft.Stats;

namespace Weft.Tests.Stats;

/// <summary>What the README promises: an OpenTelemetry MeterProvider with <c>.AddMeter("Weft")</c> exports the pool's stats.</summary>
public sealed class OpenTelemetryExportTests
{
    [Fact]
    public async Task A_meter_provider_with_AddMeter_Weft_exports_the_pools_counters_histograms_and_loop_stats()
    {
        var exported = new List<Metric>();
        using MeterProvider meters = Sdk.CreateMeterProviderBuilder()
            .AddMeter("Weft")
            .AddInMemoryExporter(exported)
            .Build();
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.Zero });
        Counter requests = pool.Stats.Counter("otel_test.requests", new KeyValuePair<string, string>("route", "checkout"));
        Histogram latency = pool.Stats.Histogram("otel_test.latency_us");
        pool.Workers[0].Post(() => { requests.Increment(7); latency.Record(100); });
        pool.Workers[1].Post(() => { requests.Increment(5); latency.Record(300); });
        await pool.Stats.FlushAsync().WaitAsync(TestWait.Timeout);   // runs on every worker after the posts above

        Assert.True(meters.ForceFlush((int)TestWait.Timeout.TotalMilliseconds), "the meter provider did not flush");

        Assert.Equal("Weft", StatsStore.MeterName);
        var (total, route) = Points(exported.Last(m => m.Name == "otel_test.requests"));
        Assert.Equal(12, total);
        Assert.Equal("checkout", route);
        Assert.Equal(2, Points(exported.Last(m => m.Name == "otel_test.latency_us.count")).Total);
        Assert.Equal(400, Points(exported.Last(m => m.Name == "otel_test.latency_us.sum")).Total);
        Assert.Contains(exported, m => m.Name == "weft.dispatcher.callbacks_run" && m.MeterName == "Weft");
    }

    private static (long Total, string? Route) Points(Metric metric)
    {
        long total = 0;
        string? route = null;
        foreach (ref readonly MetricPoint point in metric.GetMetricPoints())
        {
            total += point.GetSumLong();
            foreach (KeyValuePair<string, object?> tag in point.Tags)
            {
                route = tag.Key == "route" ? tag.Value as string : route;
            }
        }

        return (total, route);
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Stats;
using Weft.Tests.Slots;
using Weft.Threading;

namespace Weft.Tests.Stats;

public sealed class StatsTests
{
    [Fact]
    public async Task Counter_totals_are_exact_across_many_flushes_nothing_lost()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.FromMilliseconds(1) });
        Counter requests = pool.Stats.Counter("test.requests");
        const int PerWorker = 1_000_000;
        const int Rounds = 50;
        const int Chunk = PerWorker / Rounds;
        var flushedTotals = new List<long>();

        // Each round: every worker adds a chunk while a flush is requested; the timer flushes in between as well.
        for (int round = 0; round < Rounds; round++)
        {
            foreach (Dispatcher worker in pool.Workers)
            {
                worker.Post(() =>
                {
                    for (int i = 0; i < Chunk; i++)
                    {
                        requests.Increment();
                    }
                });
            }

            StatsSnapshot snapshot = await pool.Stats.FlushAsync();
            flushedTotals.Add(snapshot.Counter("test.requests") ?? 0);
        }

        pool.Settle();
        StatsSnapshot final = await pool.Stats.FlushAsync();
        flushedTotals.Add(final.Counter("test.requests")!.Value);

        Assert.Equal(2L * PerWorker, final.Counter("test.requests"));
        Assert.Equal(2L * PerWorker, requests.FlushedValue);
        Assert.True(flushedTotals.Zip(flushedTotals.Skip(1)).All(p => p.Second >= p.First), "a flushed total went backwards");
        long sumOfDeltas = flushedTotals[0] + flushedTotals.Zip(flushedTotals.Skip(1)).Sum(p => p.Second - p.First);
        Assert.Equal(2L * PerWorker, sumOfDeltas);
    }

    [Fact]
    public async Task Histogram_quantiles_are_within_the_stated_bucket_error()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.Zero });
        Histogram latency = pool.Stats.Histogram("test.latency_us");
        var random = new Random(42);
        long[] values = Enumerable.Range(0, 60_000).Select(_ => (long)Math.Exp(random.NextDouble() * 14)).ToArray();
        for (int w = 0; w < pool.Workers.Count; w++)
        {
            long[] share = values.Where((_, i) => i % pool.Workers.Count == w).ToArray();
            pool.Workers[w].Post(() =>
            {
                foreach (long v in share)
                {
                    latency.Record(v);
                }
            });
        }

        pool.Settle();
        HistogramSnapshot merged = (await pool.Stats.FlushAsync()).Histograms.Single().Value;
        Array.Sort(values);
        Assert.Equal(values.Length, merged.Count);
        Assert.Equal(values.Sum(), merged.Sum);
        foreach (double q in new[] { 0.01, 0.25, 0.5, 0.9, 0.99, 0.999, 1.0 })
        {
            long exact = values[Math.Max(0, (int)Math.Ceiling(q * values.Length) - 1)];
            double reported = merged.Quantile(q);
            double error = Math.Abs(reported - exact);
            Assert.True(error <= Math.Max(0.5, exact * HistogramBuckets.MaxRelativeError), $"p{q * 100}: reported {reported}, exact {exact}, error {error}");
        }
    }

    [Fact]
    public void Bucket_bounds_hold_the_stated_relative_error_for_every_bucket()
    {
        for (int index = HistogramBuckets.SubBuckets; index < HistogramBuckets.Count - 1; index++)
        {
            long low = HistogramBuckets.LowerBound(index);
            long high = HistogramBuckets.LowerBound(index + 1) - 1;
            Assert.Equal(index, HistogramBuckets.IndexOf(low));
            Assert.Equal(index, HistogramBuckets.IndexOf(high));
            double mid = HistogramBuckets.Midpoint(index);
            Assert.True(Math.Abs(mid - low) <= low * HistogramBuckets.MaxRelativeError + 0.5);
            Assert.True(Math.Abs(high - mid) <= low * HistogramBuckets.MaxRelativeError + 0.5);
        }

        Assert.Equal(HistogramBuckets.Count - 1, HistogramBuckets.IndexOf(long.MaxValue));
    }

    [Fact]
    public async Task A_flush_still_running_makes_the_next_scheduled_one_skip_and_count_dropped()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.Zero });
        pool.Stats.Counter("test.x").Increment();
        Task<StatsSnapshot> first;
        Task<StatsSnapshot> joined;
        using (Gate gate = Gate.Block(pool.Workers[1]))
        {
            first = pool.Stats.FlushAsync();
            // What the flush timer runs, twice while the first flush waits on the blocked worker: both skip.
            pool.Main.Invoke(() =>
            {
                pool.Stats.ScheduledFlush();
                pool.Stats.ScheduledFlush();
                return true;
            });
            joined = pool.Stats.FlushAsync();
            pool.Main.Flush();
            Assert.False(first.IsCompleted);
            Assert.False(joined.IsCompleted);
            Assert.Equal(2, pool.Stats.DroppedFlushes);
            gate.Release();
        }

        StatsSnapshot completed = first.Result("the first flush");
        Assert.Same(completed, joined.Result("the joined flush"));
        Assert.Equal(1, completed.Sequence);
        Assert.Equal(2, completed.Counter("weft.dropped_stat_flushes"));
        Assert.Equal(1, completed.Counter("test.x"));
    }

    [Fact]
    public async Task Gauges_combine_per_thread_values_and_off_pool_updates_count_too()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.Zero });
        Gauge active = pool.Stats.Gauge("test.active");
        Gauge deepest = pool.Stats.Gauge("test.deepest", GaugeCombine.Max);
        Counter counter = pool.Stats.Counter("test.events", new KeyValuePair<string, string>("kind", "a"));
        int depth = 0;
        foreach (Dispatcher worker in pool.Workers)
        {
            int mine = ++depth * 10;
            worker.Post(() =>
            {
                active.Add(3);
                active.Decrement();
                deepest.Set(mine);
                counter.Increment(5);
            });
        }

        counter.Increment(2);
        active.Increment();
        pool.Settle();
        StatsSnapshot snapshot = await pool.Stats.FlushAsync();
        Assert.Equal(5, snapshot.Gauge("test.active"));
        Assert.Equal(20, snapshot.Gauge("test.deepest"));
        Assert.Equal(12, snapshot.Counter("test.events", new KeyValuePair<string, string>("kind", "a")));
    }

    [Fact]
    public async Task A_worker_looks_up_a_stat_by_name_once_then_reuses_it()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, StatsFlushInterval = TimeSpan.Zero });
        (bool same, bool sameAsMain) = pool.Workers[0].Invoke(() =>
        {
            Counter first = pool.Stats.Counter("test.cached");
            Counter second = pool.Stats.Counter("test.cached");
            return (ReferenceEquals(first, second), ReferenceEquals(first, pool.Stats.Counter("test.cached")));
        });
        Assert.True(same);
        Assert.True(sameAsMain);
        Assert.Same(pool.Stats.Counter("test.cached"), pool.Stats.Counter("test.cached"));
        Assert.Throws<InvalidOperationException>(() => pool.Stats.Gauge("test.cached"));
    }

    [Fact]
    public async Task Text_and_Prometheus_exposition_include_user_and_runtime_stats()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, StatsFlushInterval = TimeSpan.Zero, ThreadNamePrefix = "expo" });
        pool.Stats.Counter("edge.connections", new KeyValuePair<string, string>("listener", "main")).Increment(7);
        pool.Stats.Histogram("edge.latency_us").Record(100);
        StatsSnapshot snapshot = await pool.Stats.FlushAsync();

        string text = snapshot.ToText();
        Assert.Contains("edge.connections{listener=main}: 7", text, StringComparison.Ordinal);
        Assert.Contains("weft.dispatcher.iterations{dispatcher=expo-worker-0}:", text, StringComparison.Ordinal);
        Assert.Contains("edge.latency_us: count=1 sum=100 p50=", text, StringComparison.Ordinal);
        string line = text.Split('\n').Single(l => l.StartsWith("edge.latency_us:", StringComparison.Ordinal));
        Assert.Matches(@"^edge\.latency_us: count=1 sum=100 p50=[0-9.]+ p90=[0-9.]+ p99=[0-9.]+$", line);

        string prometheus = snapshot.ToPrometheus();
        Assert.Contains("# TYPE edge_connections_total counter", prometheus, StringComparison.Ordinal);
        Assert.Contains("edge_connections_total{listener=\"main\"} 7", prometheus, StringComparison.Ordinal);
        Assert.Contains("# TYPE edge_latency_us summary", prometheus, StringComparison.Ordinal);
        Assert.Contains("edge_latency_us_count 1", prometheus, StringComparison.Ordinal);
        Assert.Contains("weft_dispatcher_queue_depth{dispatcher=\"expo-main\"}", prometheus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_are_exported_through_the_Weft_meter()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, StatsFlushInterval = TimeSpan.Zero });
        Counter counter = pool.Stats.Counter("test.meter_export_" + Guid.NewGuid().ToString("N"));
        pool.Workers[0].Post(() => counter.Increment(41));
        pool.Settle();
        await pool.Stats.FlushAsync();

        var seen = new List<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == StatsStore.MeterName && instrument.Name == counter.Name.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => seen.Add(value));
        listener.Start();
        listener.RecordObservableInstruments();
        Assert.Equal(new long[] { 41 }, seen);
    }
}

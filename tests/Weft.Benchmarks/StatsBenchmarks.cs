using System;
using System.Diagnostics.Metrics;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Stats;
using Weft.Threading;
using MetricsCounter = System.Diagnostics.Metrics.Counter<long>;
using MetricsHistogram = System.Diagnostics.Metrics.Histogram<long>;

namespace Weft.Benchmarks;

/// <summary>
/// Goals, with every core busy incrementing (one pool worker per core, the same threads for every variant):
/// a Weft per-worker counter ≥ 50× a shared <c>Interlocked.Increment</c> and ≥ 10× <c>Counter&lt;long&gt;.Add</c>
/// (with a listener attached, as under dotnet-counters); histogram record against <c>Histogram&lt;long&gt;.Record</c>.
/// </summary>
[MemoryDiagnoser]
public class StatsBenchmarks
{
    private const int PerWorker = 2_000_000;

    private static long s_shared;
    private static long s_listened;

    private WorkerPool _pool = null!;
    private Weft.Stats.Counter _counter = null!;
    private Weft.Stats.Histogram _histogram = null!;
    private Meter _meter = null!;
    private MetricsCounter _metricsCounter = null!;
    private MetricsHistogram _metricsHistogram = null!;
    private MeterListener _listener = null!;
    private CountdownEvent _done = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = Environment.ProcessorCount, StatsFlushInterval = TimeSpan.Zero, GuardDog = null });
        _counter = _pool.Stats.Counter("bench.requests");
        _histogram = _pool.Stats.Histogram("bench.latency");
        _meter = new Meter("Weft.Benchmarks");
        _metricsCounter = _meter.CreateCounter<long>("bench.requests");
        _metricsHistogram = _meter.CreateHistogram<long>("bench.latency");
        _listener = new MeterListener { InstrumentPublished = (instrument, l) => { if (instrument.Meter == _meter) { l.EnableMeasurementEvents(instrument); } } };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref s_listened, value));
        _listener.Start();
        _done = new CountdownEvent(_pool.Workers.Count);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _listener.Dispose();
        _meter.Dispose();
        _pool.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PerWorker * 2)]
    public void SharedInterlockedIncrement() => OnEveryWorker(static _ =>
    {
        for (int i = 0; i < PerWorker; i++)
        {
            Interlocked.Increment(ref s_shared);
        }
    });

    [Benchmark(OperationsPerInvoke = PerWorker * 2)]
    public void MetricsCounterAdd() => OnEveryWorker(static self =>
    {
        MetricsCounter counter = self._metricsCounter;
        for (int i = 0; i < PerWorker; i++)
        {
            counter.Add(1);
        }
    });

    [Benchmark(OperationsPerInvoke = PerWorker * 2)]
    public void WeftPerWorkerCounter() => OnEveryWorker(static self =>
    {
        Weft.Stats.Counter counter = self._counter;
        for (int i = 0; i < PerWorker; i++)
        {
            counter.Increment();
        }
    });

    [Benchmark(OperationsPerInvoke = PerWorker * 2)]
    public void MetricsHistogramRecord() => OnEveryWorker(static self =>
    {
        MetricsHistogram histogram = self._metricsHistogram;
        for (int i = 0; i < PerWorker; i++)
        {
            histogram.Record(i & 4095);
        }
    });

    [Benchmark(OperationsPerInvoke = PerWorker * 2)]
    public void WeftPerWorkerHistogram() => OnEveryWorker(static self =>
    {
        Weft.Stats.Histogram histogram = self._histogram;
        for (int i = 0; i < PerWorker; i++)
        {
            histogram.Record(i & 4095);
        }
    });

    // Ops are counted as PerWorker × 2; on a machine with more cores the ratio, not the absolute, is what matters.
    private void OnEveryWorker(Action<StatsBenchmarks> loop)
    {
        _done.Reset();
        foreach (Dispatcher worker in _pool.Workers)
        {
            worker.Post(static state =>
            {
                state.Loop(state.Self);
                state.Self._done.Signal();
            }, (Loop: loop, Self: this));
        }

        _done.Wait();
    }
}

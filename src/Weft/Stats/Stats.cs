using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Weft.Stats;

/// <summary>
/// A monotonically increasing count. <see cref="Increment"/> on a pool thread is a plain add into that thread's own
/// padded storage: no atomic, no lock, no sharing. Totals are merged on main at each flush.
/// </summary>
public sealed class Counter
{
    private readonly StatsStore _store;
    private readonly int _id;

    internal Counter(StatsStore store, StatName name, int id)
    {
        _store = store;
        Name = name;
        _id = id;
    }

    /// <summary>The counter's name and tags.</summary>
    public StatName Name { get; }

    /// <summary>Adds <paramref name="amount"/> (default 1) on the calling thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Increment(long amount = 1)
    {
        ThreadStats? stats = ThreadStats.Current;
        if (stats is not null && ReferenceEquals(stats.Store, _store))
        {
            long[] values = stats.Counters;
            int index = _id + ThreadStats.Padding;
            if ((uint)index < (uint)(values.Length - ThreadStats.Padding))
            {
                values[index] += amount;
                return;
            }

            stats.AddCounterSlow(_id, amount);
            return;
        }

        _store.AddFromOtherThread(_id, amount);
    }

    /// <summary>The total as of the last flush.</summary>
    public long FlushedValue => _store.Latest.CounterValue(_id);
}

/// <summary>How a gauge's per-thread values combine at flush.</summary>
public enum GaugeCombine
{
    /// <summary>Add them (connections active on each worker → in total). The default.</summary>
    Sum,

    /// <summary>Take the largest (e.g. the deepest queue).</summary>
    Max,
}

/// <summary>A value that goes up and down, kept per thread and combined at flush (<see cref="GaugeCombine"/>).</summary>
public sealed class Gauge
{
    private readonly StatsStore _store;
    private readonly int _id;

    internal Gauge(StatsStore store, StatName name, int id, GaugeCombine combine)
    {
        _store = store;
        Name = name;
        _id = id;
        Combine = combine;
    }

    /// <summary>The gauge's name and tags.</summary>
    public StatName Name { get; }

    /// <summary>How per-thread values combine.</summary>
    public GaugeCombine Combine { get; }

    /// <summary>Adds <paramref name="delta"/> to this thread's value.</summary>
    public void Add(long delta)
    {
        ThreadStats? stats = ThreadStats.Current;
        if (stats is not null && ReferenceEquals(stats.Store, _store))
        {
            long[] values = stats.Gauges;
            int index = _id + ThreadStats.Padding;
            if ((uint)index < (uint)(values.Length - ThreadStats.Padding))
            {
                values[index] += delta;
                return;
            }

            stats.SetGaugeSlow(_id, delta, add: true);
            return;
        }

        _store.GaugeFromOtherThread(_id, delta, add: true);
    }

    /// <summary>Sets this thread's value.</summary>
    public void Set(long value)
    {
        ThreadStats? stats = ThreadStats.Current;
        if (stats is not null && ReferenceEquals(stats.Store, _store))
        {
            stats.SetGaugeSlow(_id, value, add: false);
            return;
        }

        _store.GaugeFromOtherThread(_id, value, add: false);
    }

    /// <summary>Increments by one.</summary>
    public void Increment() => Add(1);

    /// <summary>Decrements by one.</summary>
    public void Decrement() => Add(-1);

    /// <summary>The combined value as of the last flush.</summary>
    public long FlushedValue => _store.Latest.GaugeValue(_id);
}

/// <summary>
/// A distribution of non-negative values in log-linear buckets (relative error ≤ <see cref="HistogramBuckets.MaxRelativeError"/>).
/// Each thread records into its own buffer; a flush swaps the buffers on each thread and merges on main.
/// </summary>
public sealed class Histogram
{
    private readonly StatsStore _store;
    private readonly int _id;

    internal Histogram(StatsStore store, StatName name, int id)
    {
        _store = store;
        Name = name;
        _id = id;
    }

    /// <summary>The histogram's name and tags.</summary>
    public StatName Name { get; }

    /// <summary>Records <paramref name="value"/> on the calling thread.</summary>
    public void Record(long value)
    {
        ThreadStats? stats = ThreadStats.Current;
        if (stats is not null && ReferenceEquals(stats.Store, _store))
        {
            HistogramBuffers?[] all = stats.Histograms;
            HistogramBuffers buffers = (uint)_id < (uint)all.Length && all[_id] is { } existing ? existing : stats.HistogramFor(_id);
            buffers.Record(value);
            return;
        }

        _store.RecordFromOtherThread(_id, value);
    }

    /// <summary>Everything recorded up to the last flush.</summary>
    public HistogramSnapshot Flushed => _store.Latest.HistogramValue(_id);
}

using System;
using System.Collections.Generic;
using System.Threading;

namespace Weft.Stats;

/// <summary>
/// One thread's stat storage, written only by that thread: plain adds, no atomics, no locks. Arrays are padded at
/// both ends so two workers' storage never shares a cache line.
/// </summary>
internal sealed class ThreadStats
{
    /// <summary>Longs of padding before the first value and after the last (two 64-byte lines).</summary>
    internal const int Padding = 16;

    [ThreadStatic]
    private static ThreadStats? t_current;

    private readonly Dictionary<string, object> _lookupCache = new(StringComparer.Ordinal);

    public ThreadStats(StatsStore store, string threadName)
    {
        Store = store;
        ThreadName = threadName;
    }

    public static ThreadStats? Current => t_current;

    public StatsStore Store { get; }

    public string ThreadName { get; }

    /// <summary>Cumulative counter values, by counter id (offset by <see cref="Padding"/>).</summary>
    public long[] Counters = new long[(2 * Padding) + 8];

    /// <summary>Gauge values, by gauge id (offset by <see cref="Padding"/>).</summary>
    public long[] Gauges = new long[(2 * Padding) + 8];

    /// <summary>Histogram buffers, by histogram id: two per histogram, one recorded into, one being merged.</summary>
    public HistogramBuffers?[] Histograms = new HistogramBuffers?[8];

    /// <summary>Written at flush by this thread, read by main after the flush completes.</summary>
    public long[] CounterSnapshot = [];

    public long[] GaugeSnapshot = [];

    public static void Install(ThreadStats stats) => t_current = stats;

    public static void Uninstall(StatsStore store)
    {
        if (t_current?.Store == store)
        {
            t_current = null;
        }
    }

    /// <summary>This thread's cache of stats looked up by name: no lock after the first lookup.</summary>
    public T Lookup<T>(string key, Func<T> create)
        where T : class
    {
        if (_lookupCache.TryGetValue(key, out object? cached))
        {
            return (T)cached;
        }

        T created = create();
        _lookupCache[key] = created;
        return created;
    }

    public void AddCounterSlow(int id, long amount)
    {
        EnsureCapacity(ref Counters, id);
        Counters[id + Padding] += amount;
    }

    public void SetGaugeSlow(int id, long value, bool add)
    {
        EnsureCapacity(ref Gauges, id);
        if (add)
        {
            Gauges[id + Padding] += value;
        }
        else
        {
            Gauges[id + Padding] = value;
        }
    }

    public HistogramBuffers HistogramFor(int id)
    {
        if (id >= Histograms.Length)
        {
            Array.Resize(ref Histograms, Math.Max(id + 1, Histograms.Length * 2));
        }

        return Histograms[id] ??= new HistogramBuffers();
    }

    /// <summary>On this thread, at flush: copies cumulative values out and swaps histogram buffers.</summary>
    public void TakeSnapshot()
    {
        CounterSnapshot = Counters.AsSpan(Padding, Counters.Length - (2 * Padding)).ToArray();
        GaugeSnapshot = Gauges.AsSpan(Padding, Gauges.Length - (2 * Padding)).ToArray();
        foreach (HistogramBuffers? buffers in Histograms)
        {
            buffers?.Swap();
        }
    }

    private static void EnsureCapacity(ref long[] values, int id)
    {
        int needed = id + (2 * Padding) + 1;
        if (needed > values.Length)
        {
            Array.Resize(ref values, Math.Max(needed, ((values.Length - (2 * Padding)) * 2) + (2 * Padding)));
        }
    }
}

/// <summary>
/// A histogram's two buffers on one thread. The owner records into <see cref="Active"/>; a flush (on the owner)
/// swaps them, and main merges and clears the retired one before the next flush can swap again.
/// </summary>
internal sealed class HistogramBuffers
{
    private long[] _active = new long[HistogramBuckets.Count];
    private long[] _retired = new long[HistogramBuckets.Count];
    private long _activeSum;
    private long _retiredSum;

    public long[] Active => _active;

    public long[] Retired => _retired;

    public long RetiredSum => _retiredSum;

    public void Record(long value)
    {
        _active[HistogramBuckets.IndexOf(value)]++;
        _activeSum += value;
    }

    public void Swap()
    {
        (_active, _retired) = (_retired, _active);
        (_activeSum, _retiredSum) = (_retiredSum, _activeSum);
    }

    /// <summary>Main, after merging: ready for the owner's next swap.</summary>
    public void ClearRetired()
    {
        Array.Clear(_retired);
        _retiredSum = 0;
    }
}

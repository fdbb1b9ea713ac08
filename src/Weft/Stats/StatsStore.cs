using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Stats;

/// <summary>
/// The pool's stats: counters, gauges and histograms kept per thread (no shared atomics on the hot path, unlike
/// Envoy's counters, its issue #509), merged on main by a flush every <see cref="WorkerPoolOptions.StatsFlushInterval"/>
/// through <c>RunOnAllThreads</c>. A flush still running when the next is due makes that one skip and count
/// <c>weft.dropped_stat_flushes</c>; a flush not done within <see cref="WorkerPoolOptions.StatsFlushTimeout"/> (or
/// whose merge throws) is abandoned and counted in <c>weft.abandoned_stat_flushes</c>, and the next one proceeds. Everything is exported through the <c>Weft</c> <see cref="Meter"/>.
/// </summary>
public sealed class StatsStore : IDisposable
{
    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name Weft exports under (for dotnet-counters and OpenTelemetry).</summary>
    public const string MeterName = "Weft";

    private readonly WorkerPool _pool;
    private readonly object _lock = new();
    private readonly Dictionary<string, object> _byKey = new(StringComparer.Ordinal);
    private readonly List<Counter> _counters = new();
    private readonly List<Gauge> _gauges = new();
    private readonly List<Histogram> _histograms = new();
    private readonly List<ThreadStats> _threads = new();
    private readonly Dictionary<string, Type> _kindByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _seriesOwners = new(StringComparer.Ordinal);
    private readonly Meter _meter;
    private Slot<ThreadStats>? _slot;
    private StatsSnapshot _latest = StatsSnapshot.Empty;

    // Updates from threads outside the pool: rare, so a lock is fine here.
    private long[] _otherCounters = new long[8];
    private long[] _otherGauges = new long[8];
    private HistogramBuffers?[] _otherHistograms = new HistogramBuffers?[8];

    // Main thread only.
    private bool _flushInProgress;
    private long _flushGeneration;
    private DispatcherTimer? _flushDeadline;
    private readonly List<TaskCompletionSource<StatsSnapshot>> _joiners = new();
    private readonly List<Action<StatsSnapshot>> _mainJoiners = new();
    private long _flushes;
    private long _droppedFlushes;
    private long _abandonedFlushes;
    private long[][] _mergedBuckets = [];
    private long[] _mergedSums = [];

    internal StatsStore(WorkerPool pool)
    {
        _pool = pool;
        _meter = new Meter(MeterName, "1.0");
    }

    /// <summary>Raised on main after every flush, with the merged snapshot.</summary>
    public event Action<StatsSnapshot>? Flushed;

    /// <summary>The snapshot of the last completed flush (empty before the first).</summary>
    public StatsSnapshot Latest => Volatile.Read(ref _latest);

    /// <summary>Flushes completed.</summary>
    public long Flushes => Interlocked.Read(ref _flushes);

    /// <summary>Flushes skipped because the previous one had not finished.</summary>
    public long DroppedFlushes => Interlocked.Read(ref _droppedFlushes);

    /// <summary>
    /// Flushes given up: not finished within <see cref="WorkerPoolOptions.StatsFlushTimeout"/> (a worker not draining
    /// its queue), or whose merge threw. The next flush proceeds; a late result of an abandoned one is dropped.
    /// </summary>
    public long AbandonedFlushes => Interlocked.Read(ref _abandonedFlushes);

    /// <summary>
    /// The counter named <paramref name="name"/> with <paramref name="tags"/>, created on first use. On a pool thread
    /// the lookup is cached per thread and locks nothing after the first call.
    /// </summary>
    public Counter Counter(string name, params KeyValuePair<string, string>[] tags) =>
        Lookup(new StatName(name, tags), static (store, statName) => store.Register(statName, (s, n, id) => new Counter(s, n, id), store._counters));

    /// <summary>The gauge named <paramref name="name"/> with <paramref name="tags"/>, created on first use.</summary>
    public Gauge Gauge(string name, GaugeCombine combine = GaugeCombine.Sum, params KeyValuePair<string, string>[] tags) =>
        Lookup(new StatName(name, tags), (store, statName) => store.Register(statName, (s, n, id) => new Gauge(s, n, id, combine), store._gauges));

    /// <summary>The histogram named <paramref name="name"/> with <paramref name="tags"/>, created on first use.</summary>
    public Histogram Histogram(string name, params KeyValuePair<string, string>[] tags) =>
        Lookup(new StatName(name, tags), static (store, statName) => store.Register(statName, (s, n, id) => new Histogram(s, n, id), store._histograms));

    /// <summary>
    /// Flushes now, from any thread; completes with the merged snapshot, joining a flush already running. Bounded:
    /// when the flush is abandoned (after <see cref="WorkerPoolOptions.StatsFlushTimeout"/>) or the pool is shut down,
    /// and at the latest after twice that timeout (main stalled), it completes with the last completed snapshot
    /// instead (compare <see cref="StatsSnapshot.Sequence"/>).
    /// </summary>
    public async Task<StatsSnapshot> FlushAsync()
    {
        var done = new TaskCompletionSource<StatsSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pool.Main.TryPost(static request => request.Store.StartFlush(request.Done), (Store: this, Done: done)))
        {
            return Latest;
        }

        try
        {
            TimeSpan timeout = _pool.Options.StatsFlushTimeout;
            // Twice main's own deadline: while main runs, its abandonment answers first and is counted.
            return await done.Task.WaitAsync(timeout == Timeout.InfiniteTimeSpan ? timeout : timeout * 2).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Main never reached the request (stalled); the flush itself, if any, is abandoned on main's own deadline.
            return Latest;
        }
    }

    /// <summary>
    /// On main: flushes now (joining a flush already running) and runs <paramref name="completed"/> on main, exactly
    /// once, with the merged snapshot; or, as <see cref="FlushAsync"/>, with the last completed snapshot when the flush
    /// is abandoned or the pool is shut down. No other thread is involved (no task, no thread-pool continuation), so a
    /// server on main's loop, such as an admin endpoint, can answer with it even when the process cannot start threads.
    /// An exception thrown by <paramref name="completed"/> is reported as an unhandled exception of main's loop.
    /// </summary>
    /// <param name="completed">Runs on main with the snapshot.</param>
    /// <exception cref="InvalidOperationException">Called off main's thread.</exception>
    [RequiresLoopThread]
    public void Flush([RunsOnMain] Action<StatsSnapshot> completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        _pool.Main.VerifyAccess("flush stats with a callback on main");
        _mainJoiners.Add(completed);
        StartFlush(null);
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    internal void Start(TimeSpan flushInterval)
    {
        lock (_lock)
        {
            foreach (string counter in new[] { "weft.dropped_stat_flushes", "weft.abandoned_stat_flushes", "weft.slot.callback_exceptions", "weft.dispatcher.iterations", "weft.dispatcher.callbacks_run", "weft.dispatcher.timers_fired", "weft.dispatcher.wakeups", "weft.dispatcher.unhandled_exceptions", "weft.dispatcher.continuations_after_exit", "weft.guarddog.miss", "weft.guarddog.mega_miss" })
            {
                ClaimExportedNames(new StatName(counter), typeof(Counter));
                _meter.CreateObservableCounter(counter, () => Measure(Latest.Counters, counter));
            }

            foreach (string gauge in new[] { "weft.dispatcher.queue_depth", "weft.dispatcher.max_loop_duration_us", "weft.dispatcher.max_poll_delay_us" })
            {
                ClaimExportedNames(new StatName(gauge), typeof(Gauge));
                _meter.CreateObservableGauge(gauge, () => Measure(Latest.Gauges, gauge));
            }
        }

        _slot = _pool.AllocateSlot<ThreadStats>();
        // Each pool thread installed its storage as the first thing it ran (see PoolThreadContext); the slot
        // gives flushes a way to reach it on its own thread.
        _slot.Set(static _ => ThreadStats.Current);
        TimeSpan flushTimeout = _pool.Options.StatsFlushTimeout;
        _pool.Main.Post(() =>
        {
            if (flushTimeout != Timeout.InfiniteTimeSpan)
            {
                _flushDeadline = _pool.Main.CreateTimer(AbandonRunningFlush);
            }

            if (flushInterval > TimeSpan.Zero)
            {
                RepeatingTimer.Start(_pool.Main, flushInterval, ScheduledFlush);
            }
        });
    }

    /// <summary>A pool thread's own stat storage, registered for merging; installed on that thread by its context.</summary>
    internal ThreadStats CreateThreadStats(string threadName)
    {
        var stats = new ThreadStats(this, threadName);
        lock (_lock)
        {
            _threads.Add(stats);
        }

        return stats;
    }

    /// <summary>Main thread: what the flush timer runs. A flush still running makes this one skip, counted.</summary>
    internal void ScheduledFlush()
    {
        if (_flushInProgress)
        {
            Interlocked.Increment(ref _droppedFlushes);
            return;
        }

        StartFlush(null);
    }

    internal void AddFromOtherThread(int id, long amount)
    {
        lock (_lock)
        {
            Grow(ref _otherCounters, id);
            _otherCounters[id] += amount;
        }
    }

    internal void GaugeFromOtherThread(int id, long value, bool add)
    {
        lock (_lock)
        {
            Grow(ref _otherGauges, id);
            _otherGauges[id] = add ? _otherGauges[id] + value : value;
        }
    }

    internal void RecordFromOtherThread(int id, long value)
    {
        lock (_lock)
        {
            if (id >= _otherHistograms.Length)
            {
                Array.Resize(ref _otherHistograms, Math.Max(id + 1, _otherHistograms.Length * 2));
            }

            (_otherHistograms[id] ??= new HistogramBuffers()).Record(value);
        }
    }

    /// <summary>Main thread: starts a flush; an on-demand request during a running flush joins it.</summary>
    private void StartFlush(TaskCompletionSource<StatsSnapshot>? done)
    {
        if (done is not null)
        {
            _joiners.Add(done);
        }

        if (_flushInProgress)
        {
            return;
        }

        if (_slot is null || _pool.IsShutdown)
        {
            ReleaseJoiners(Latest);
            return;
        }

        _flushInProgress = true;
        long generation = ++_flushGeneration;
        _flushDeadline?.Enable(_pool.Options.StatsFlushTimeout);
        try
        {
            _slot.RunOnAllThreads(static stats => stats.TakeSnapshot(), () => FinishFlush(generation));
        }
        catch (InvalidOperationException)
        {
            // Shut down between the check and the broadcast.
            _flushInProgress = false;
            _flushDeadline?.Disable();
            ReleaseJoiners(Latest);
        }
    }

    /// <summary>Main thread: every thread took its snapshot. A flush abandoned meanwhile is dropped here.</summary>
    private void FinishFlush(long generation)
    {
        if (!_flushInProgress || generation != _flushGeneration)
        {
            return;
        }

        _flushDeadline?.Disable();
        _flushInProgress = false;
        StatsSnapshot snapshot;
        try
        {
            snapshot = Merge();
        }
        catch (Exception error)
        {
            Interlocked.Increment(ref _abandonedFlushes);
            _pool.Main.ReportUnhandled(error);
            ReleaseJoiners(Latest);
            return;
        }

        ReleaseJoiners(snapshot);
        Flushed?.Invoke(snapshot);
    }

    /// <summary>Main thread, when the flush deadline fires: gives up the running flush so the next one can start.</summary>
    internal void AbandonRunningFlush()
    {
        if (!_flushInProgress)
        {
            return;
        }

        _flushInProgress = false;
        // Its late completion will find a newer generation and be dropped.
        _flushGeneration++;
        Interlocked.Increment(ref _abandonedFlushes);
        ReleaseJoiners(Latest);
    }

    private void ReleaseJoiners(StatsSnapshot snapshot)
    {
        foreach (TaskCompletionSource<StatsSnapshot> joiner in _joiners)
        {
            joiner.TrySetResult(snapshot);
        }

        _joiners.Clear();
        if (_mainJoiners.Count == 0)
        {
            return;
        }

        Action<StatsSnapshot>[] callbacks = _mainJoiners.ToArray();
        _mainJoiners.Clear();
        foreach (Action<StatsSnapshot> callback in callbacks)
        {
            try
            {
                callback(snapshot);
            }
            catch (Exception error)
            {
                _pool.Main.ReportUnhandled(error);
            }
        }
    }

    /// <summary>Main thread, after every thread took its snapshot.</summary>
    private StatsSnapshot Merge()
    {
        Counter[] counters;
        Gauge[] gauges;
        Histogram[] histograms;
        ThreadStats[] threads;
        long[] otherCounters;
        long[] otherGauges;
        lock (_lock)
        {
            counters = _counters.ToArray();
            gauges = _gauges.ToArray();
            histograms = _histograms.ToArray();
            threads = _threads.ToArray();
            otherCounters = (long[])_otherCounters.Clone();
            otherGauges = (long[])_otherGauges.Clone();
        }

        var counterValues = new long[counters.Length];
        var gaugeValues = new long[gauges.Length];
        for (int id = 0; id < counters.Length; id++)
        {
            counterValues[id] = id < otherCounters.Length ? otherCounters[id] : 0;
        }

        for (int id = 0; id < gauges.Length; id++)
        {
            gaugeValues[id] = id < otherGauges.Length ? otherGauges[id] : 0;
        }

        foreach (ThreadStats thread in threads)
        {
            long[] taken = thread.CounterSnapshot;
            for (int id = 0; id < Math.Min(taken.Length, counterValues.Length); id++)
            {
                counterValues[id] += taken[id];
            }

            long[] gaugesTaken = thread.GaugeSnapshot;
            for (int id = 0; id < Math.Min(gaugesTaken.Length, gaugeValues.Length); id++)
            {
                gaugeValues[id] = gauges[id].Combine == GaugeCombine.Max ? Math.Max(gaugeValues[id], gaugesTaken[id]) : gaugeValues[id] + gaugesTaken[id];
            }
        }

        if (_mergedBuckets.Length < histograms.Length)
        {
            int old = _mergedBuckets.Length;
            Array.Resize(ref _mergedBuckets, histograms.Length);
            Array.Resize(ref _mergedSums, histograms.Length);
            for (int i = old; i < histograms.Length; i++)
            {
                _mergedBuckets[i] = new long[HistogramBuckets.Count];
            }
        }

        foreach (ThreadStats thread in threads)
        {
            for (int id = 0; id < Math.Min(thread.Histograms.Length, histograms.Length); id++)
            {
                if (thread.Histograms[id] is { } buffers)
                {
                    MergeInto(id, buffers);
                }
            }
        }

        lock (_lock)
        {
            for (int id = 0; id < Math.Min(_otherHistograms.Length, histograms.Length); id++)
            {
                if (_otherHistograms[id] is { } buffers)
                {
                    buffers.Swap();
                    MergeInto(id, buffers);
                }
            }
        }

        var histogramValues = histograms.Select((h, id) => (h.Name, new HistogramSnapshot(_mergedBuckets[id].ToImmutableArray(), _mergedBuckets[id].Sum(), _mergedSums[id]))).ToImmutableArray();
        long sequence = Interlocked.Increment(ref _flushes);
        var snapshot = new StatsSnapshot(
            sequence,
            DateTimeOffset.UtcNow,
            counters.Select((c, id) => (c.Name, counterValues[id])).Concat(RuntimeCounters()).ToImmutableArray(),
            gauges.Select((g, id) => (g.Name, gaugeValues[id])).Concat(RuntimeGauges()).ToImmutableArray(),
            histogramValues);
        Volatile.Write(ref _latest, snapshot);
        return snapshot;
    }

    private void MergeInto(int id, HistogramBuffers buffers)
    {
        long[] retired = buffers.Retired;
        long[] merged = _mergedBuckets[id];
        for (int i = 0; i < retired.Length; i++)
        {
            merged[i] += retired[i];
        }

        _mergedSums[id] += buffers.RetiredSum;
        buffers.ClearRetired();
    }

    /// <summary>The runtime's own counters: flush bookkeeping, dispatcher loops, guard dog.</summary>
    private IEnumerable<(StatName, long)> RuntimeCounters()
    {
        yield return (new StatName("weft.dropped_stat_flushes"), DroppedFlushes);
        yield return (new StatName("weft.abandoned_stat_flushes"), AbandonedFlushes);
        yield return (new StatName("weft.slot.callback_exceptions"), _pool.Registry.CallbackFailures);
        foreach (Dispatcher dispatcher in AllDispatchers())
        {
            DispatcherStats stats = dispatcher.Stats;
            KeyValuePair<string, string>[] tag = [new("dispatcher", dispatcher.Name)];
            yield return (new StatName("weft.dispatcher.iterations", tag), stats.Iterations);
            yield return (new StatName("weft.dispatcher.callbacks_run", tag), stats.CallbacksRun);
            yield return (new StatName("weft.dispatcher.timers_fired", tag), stats.TimersFired);
            yield return (new StatName("weft.dispatcher.wakeups", tag), stats.Wakeups);
            yield return (new StatName("weft.dispatcher.unhandled_exceptions", tag), stats.UnhandledExceptions);
            yield return (new StatName("weft.dispatcher.continuations_after_exit", tag), stats.ContinuationsAfterExit);
        }

        if (_pool.GuardDog is { } guardDog)
        {
            // Per dispatcher only: a pool-wide total beside them would be the same series twice (sum() counts it twice).
            foreach (var (name, misses, megaMisses) in guardDog.PerDispatcher())
            {
                KeyValuePair<string, string>[] tag = [new("dispatcher", name)];
                yield return (new StatName("weft.guarddog.miss", tag), misses);
                yield return (new StatName("weft.guarddog.mega_miss", tag), megaMisses);
            }
        }
    }

    private IEnumerable<(StatName, long)> RuntimeGauges()
    {
        foreach (Dispatcher dispatcher in AllDispatchers())
        {
            DispatcherStats stats = dispatcher.Stats;
            KeyValuePair<string, string>[] tag = [new("dispatcher", dispatcher.Name)];
            yield return (new StatName("weft.dispatcher.queue_depth", tag), stats.QueueDepth);
            yield return (new StatName("weft.dispatcher.max_loop_duration_us", tag), (long)stats.MaxLoopDuration.TotalMicroseconds);
            yield return (new StatName("weft.dispatcher.max_poll_delay_us", tag), (long)stats.MaxPollDelay.TotalMicroseconds);
        }
    }

    private IEnumerable<Dispatcher> AllDispatchers() => _pool.Workers.Prepend(_pool.Main);

    private T Lookup<T>(StatName name, Func<StatsStore, StatName, T> create)
        where T : class
    {
        ThreadStats? stats = ThreadStats.Current;
        if (stats is not null && ReferenceEquals(stats.Store, this))
        {
            return stats.Lookup(name.Key, () => create(this, name));
        }

        return create(this, name);
    }

    private T Register<T>(StatName name, Func<StatsStore, StatName, int, T> create, List<T> list)
        where T : class
    {
        lock (_lock)
        {
            if (_byKey.TryGetValue(name.Key, out object? existing))
            {
                return existing as T ?? throw new InvalidOperationException($"The stat '{name}' already exists as a {existing.GetType().Name}.");
            }

            bool newName = ClaimExportedNames(name, typeof(T));
            T stat = create(this, name, list.Count);
            list.Add(stat);
            _byKey[name.Key] = stat;
            if (newName)
            {
                Export(name.Name, stat);
            }

            return stat;
        }
    }

    /// <summary>
    /// Under the lock, for a stat not registered yet: one name has one kind, and no two names share a series of the
    /// Prometheus export (<c>doc.dup</c> and <c>doc_dup</c> both export as <c>doc_dup_total</c>; a gauge
    /// <c>x_count</c> meets histogram <c>x</c>'s count), so the export names each series once. Refused, naming both stats.
    /// The runtime's own stats claim their names at start, so a user's stat cannot collide with them either.
    /// </summary>
    /// <returns>True when <paramref name="name"/>'s name is new (its instruments are still to be exported).</returns>
    private bool ClaimExportedNames(StatName name, Type kind)
    {
        if (_kindByName.TryGetValue(name.Name, out Type? existingKind))
        {
            if (existingKind != kind)
            {
                throw new InvalidOperationException($"The stat '{name}' cannot be a {kind.Name}: the name '{name.Name}' is already a {existingKind.Name}.");
            }

            return false;
        }

        string[] series = StatsSnapshot.PrometheusSeries(name.Name, kind);
        foreach (string exported in series)
        {
            if (_seriesOwners.TryGetValue(exported, out string? owner))
            {
                throw new ArgumentException(
                    $"The {kind.Name.ToLowerInvariant()} '{name.Name}' would be exported to Prometheus as '{exported}', which the stat '{owner}' already is; give one of them another name.",
                    nameof(name));
            }
        }

        foreach (string exported in series)
        {
            _seriesOwners[exported] = name.Name;
        }

        _kindByName[name.Name] = kind;
        return true;
    }

    /// <summary>One observable instrument per name, reporting every tag set of that name from the latest flush.</summary>
    private void Export(string name, object stat)
    {
        switch (stat)
        {
            case Weft.Stats.Counter:
                _meter.CreateObservableCounter(name, () => Measure(Latest.Counters, name));
                break;
            case Weft.Stats.Gauge:
                _meter.CreateObservableGauge(name, () => Measure(Latest.Gauges, name));
                break;
            case Weft.Stats.Histogram:
                _meter.CreateObservableCounter(name + ".count", () => Latest.Histograms.Where(h => h.Name.Name == name).Select(h => new Measurement<long>(h.Value.Count, ToTags(h.Name))));
                _meter.CreateObservableCounter(name + ".sum", () => Latest.Histograms.Where(h => h.Name.Name == name).Select(h => new Measurement<long>(h.Value.Sum, ToTags(h.Name))));
                _meter.CreateObservableGauge(name + ".p99", () => Latest.Histograms.Where(h => h.Name.Name == name && h.Value.Count > 0).Select(h => new Measurement<double>(h.Value.Quantile(0.99), ToTags(h.Name))));
                _meter.CreateObservableGauge(name + ".p50", () => Latest.Histograms.Where(h => h.Name.Name == name && h.Value.Count > 0).Select(h => new Measurement<double>(h.Value.Quantile(0.5), ToTags(h.Name))));
                break;
        }
    }

    private static IEnumerable<Measurement<long>> Measure(ImmutableArray<(StatName Name, long Value)> stats, string name) =>
        stats.Where(s => s.Name.Name == name).Select(s => new Measurement<long>(s.Value, ToTags(s.Name)));

    private static KeyValuePair<string, object?>[] ToTags(StatName name) =>
        name.Tags.Select(t => new KeyValuePair<string, object?>(t.Key, t.Value)).ToArray();

    private static void Grow(ref long[] values, int id)
    {
        if (id >= values.Length)
        {
            Array.Resize(ref values, Math.Max(id + 1, values.Length * 2));
        }
    }
}

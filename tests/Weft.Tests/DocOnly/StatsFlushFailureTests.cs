using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Stats;
using Weft.Watchdog;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Written from docs/failure-semantics.md "Stats", WorkerPoolOptions.StatsFlushTimeout and the XML docs of
// StatsStore.FlushAsync / Flush / AbandonedFlushes.
public sealed class StatsFlushFailureTests
{
    private static WorkerPoolOptions ShortFlush(string prefix, int workers)
    {
        var options = Options(prefix, workers);
        options.StatsFlushTimeout = ShortDeadline;
        return options;
    }

    // "A flush not done within StatsFlushTimeout … is abandoned and counted in weft.abandoned_stat_flushes; its late
    // result is dropped; the next flush proceeds." "FlushAsync completes … with the last completed one when the flush
    // was abandoned" — for every caller waiting on it.
    [Fact]
    public async Task A_flush_held_up_by_a_worker_is_abandoned_for_all_its_waiters_counted_and_the_next_flush_is_fresh()
    {
        await using var pool = WorkerPool.Start(ShortFlush("dq-abandon", 2));
        var requests = pool.Stats.Counter("doc.abandon.requests");
        var held = pool.Workers[1];
        await Within(held.InvokeAsync(() => requests.Increment()), "the first increment");
        var before = await Within(pool.Stats.FlushAsync(), "the first flush");
        Assert.Equal(1, before.Counter("doc.abandon.requests"));
        using var gate = new LoopGate();
        await gate.HoldAsync(held);

        var waiters = Enumerable.Range(0, 3).Select(_ => pool.Stats.FlushAsync()).ToArray();
        var answers = await Within(Task.WhenAll(waiters), "every FlushAsync caller waiting on the held flush");

        Assert.All(answers, a => Assert.Equal(before.Sequence, a.Sequence));
        Assert.Equal(1, pool.Stats.AbandonedFlushes);
        Assert.Equal(1, pool.Stats.Flushes);

        gate.Release();
        await Within(held.InvokeAsync(() => requests.Increment(10)), "the increment after release");
        var after = await Within(pool.Stats.FlushAsync(), "the flush after the abandoned one");

        Assert.True(after.Sequence > before.Sequence, $"the next flush did not proceed: sequence {after.Sequence} after {before.Sequence}");
        Assert.Equal(11, after.Counter("doc.abandon.requests"));
        Assert.Equal(1, CounterTotal(after, "weft.abandoned_stat_flushes"));
        Assert.Equal(2, pool.Stats.Flushes);
        Assert.Equal(1, pool.Stats.AbandonedFlushes);
    }

    // "FlushAsync completes … with the last completed one when … main did not take the request within twice
    // StatsFlushTimeout."
    [Fact]
    public async Task FlushAsync_with_main_stalled_completes_with_the_last_snapshot_instead_of_waiting_for_main()
    {
        await using var pool = WorkerPool.Start(ShortFlush("dq-mainstall", 1));
        var before = await Within(pool.Stats.FlushAsync(), "the first flush");
        using var gate = new LoopGate();
        await gate.HoldAsync(pool.Main);

        var answer = await Within(pool.Stats.FlushAsync(), "FlushAsync while main is stalled");

        Assert.Equal(before.Sequence, answer.Sequence);
        gate.Release();
        var after = await Within(pool.Stats.FlushAsync(), "a flush after main is released");
        Assert.True(after.Sequence > before.Sequence, $"flushing did not resume: sequence {after.Sequence} after {before.Sequence}");
    }

    // "Flush(callback), called on main, runs the callback on main exactly once with the same snapshot FlushAsync would
    // give (fresh, or the last completed one when the flush is abandoned …)" and Flush's <exception>: off main's thread.
    [Fact]
    public async Task Flush_callback_on_main_during_an_abandoned_flush_runs_once_on_main_with_the_last_snapshot_and_off_main_it_is_refused()
    {
        await using var pool = WorkerPool.Start(ShortFlush("dq-flushcb2", 2));
        var before = await Within(pool.Stats.FlushAsync(), "the first flush");
        using var gate = new LoopGate();
        await gate.HoldAsync(pool.Workers[0]);
        var runs = 0;
        var answered = new TaskCompletionSource<(StatsSnapshot, Dispatcher?)>(TaskCreationOptions.RunContinuationsAsynchronously);

        await Within(pool.Main.InvokeAsync(() => pool.Stats.Flush(s =>
        {
            Interlocked.Increment(ref runs);
            answered.TrySetResult((s, Dispatcher.Current));
        })), "asking main for a flush");
        var (snapshot, ranOn) = await Within(answered.Task, "the Flush callback while worker-0 holds the flush up");
        gate.Release();
        await Within(pool.Stats.FlushAsync(), "a later flush (barrier for a duplicate callback)");

        Assert.Equal(before.Sequence, snapshot.Sequence);
        Assert.Same(pool.Main, ranOn);
        Assert.Equal(1, Volatile.Read(ref runs));
        Assert.Throws<InvalidOperationException>(() => pool.Stats.Flush(_ => { }));
        await FaultOf<InvalidOperationException>(pool.Workers[1].InvokeAsync(() => pool.Stats.Flush(_ => { })), "Flush called on a worker");
    }

    // "FlushAsync completes … with the last completed one when … the pool is shut down".
    [Fact]
    public async Task FlushAsync_after_shutdown_completes_with_the_last_completed_snapshot()
    {
        var pool = WorkerPool.Start(Options("dq-flushstop", 1));
        var counter = pool.Stats.Counter("doc.after_stop");
        await Within(pool.Workers[0].InvokeAsync(() => counter.Increment(5)), "the increment");
        var last = await Within(pool.Stats.FlushAsync(), "the last flush before stopping");
        await Within(pool.StopAsync(), "the pool to stop");

        var answer = await Within(pool.Stats.FlushAsync(), "FlushAsync after shutdown");

        Assert.Equal(last.Sequence, answer.Sequence);
        Assert.Equal(5, answer.Counter("doc.after_stop"));
    }

    // "The Prometheus export names each series once; the guard-dog series exist only per dispatcher."
    [Fact]
    public async Task The_Prometheus_export_names_each_series_once_and_every_guard_dog_series_per_dispatcher()
    {
        var options = Options("dq-prom", 2);
        options.GuardDog = new GuardDogOptions();
        await using var pool = WorkerPool.Start(options);
        var routeA = pool.Stats.Counter("doc.prom.requests", new KeyValuePair<string, string>("route", "a"));
        var routeB = pool.Stats.Counter("doc.prom.requests", new KeyValuePair<string, string>("route", "b"));
        var open = pool.Stats.Gauge("doc.prom.open");
        var latency = pool.Stats.Histogram("doc.prom.latency");
        foreach (var worker in pool.Workers)
        {
            await Within(worker.InvokeAsync(() =>
            {
                routeA.Increment();
                routeB.Increment(2);
                open.Increment();
                latency.Record(42);
            }), $"recording on {worker.Name}");
        }

        var text = (await Within(pool.Stats.FlushAsync(), "the flush")).ToPrometheus();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var types = lines.Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToList();
        var series = lines.Where(l => !l.StartsWith('#')).Select(l => l[..l.LastIndexOf(' ')]).ToList();

        Assert.Empty(types.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(series.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(2, series.Count(s => s.Contains("doc_prom_requests", StringComparison.Ordinal) && s.Contains("route=", StringComparison.Ordinal)));
        var guardDog = series.Where(s => s.StartsWith("weft_guarddog", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(guardDog);
        var dispatcherNames = new[] { pool.Main.Name }.Concat(pool.Workers.Select(w => w.Name)).ToList();
        Assert.All(guardDog, s => Assert.True(dispatcherNames.Any(n => s.Contains($"\"{n}\"", StringComparison.Ordinal)), $"a guard-dog series not per dispatcher: {s}"));
    }
}

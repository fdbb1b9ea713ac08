using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Stats;
using Weft.Tests.Slots;
using Weft.Threading;

namespace Weft.Tests.Stats;

/// <summary><see cref="StatsStore.Flush"/>: a flush whose result arrives on main, with no task or thread-pool hop.</summary>
public sealed class MainLoopFlushTests
{
    [Fact]
    public async Task The_callback_runs_once_on_main_with_a_fresh_snapshot_shared_with_a_joined_FlushAsync()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.Zero, GuardDog = null });
        pool.Workers[1].InvokeAsync(() => pool.Stats.Counter("test.worker").Increment()).Completes("a worker's increment");
        var calls = new List<(StatsSnapshot Snapshot, bool OnMain)>();
        Task<StatsSnapshot> joined;
        using (Gate gate = Gate.Block(pool.Workers[0]))
        {
            pool.Main.Invoke(() =>
            {
                pool.Stats.Flush(snapshot => calls.Add((snapshot, Dispatcher.Current == pool.Main)));
                return true;
            });
            joined = pool.Stats.FlushAsync();
            pool.Main.Flush();
            Assert.Empty(pool.Main.Invoke(() => calls.ToArray()));
            gate.Release();
        }

        StatsSnapshot fromTask = joined.Result("the joined FlushAsync");
        var seen = pool.Main.Invoke(() => calls.ToArray());
        Assert.Single(seen);
        Assert.True(seen[0].OnMain, "the callback ran off main");
        Assert.Same(fromTask, seen[0].Snapshot);
        Assert.Equal(1, seen[0].Snapshot.Sequence);
        Assert.Equal(1, seen[0].Snapshot.Counter("test.worker"));
    }

    [Fact]
    public async Task An_abandoned_flush_runs_the_callback_once_with_the_last_snapshot()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.Zero, StatsFlushTimeout = TimeSpan.FromHours(1), GuardDog = null });
        var snapshots = new List<StatsSnapshot>();
        using (Gate gate = Gate.Block(pool.Workers[1]))
        {
            pool.Main.Invoke(() =>
            {
                pool.Stats.Flush(snapshots.Add);
                return true;
            });
            pool.Main.Flush();
            Assert.Empty(pool.Main.Invoke(() => snapshots.ToArray()));

            // What main's deadline timer runs.
            pool.Main.Invoke(() =>
            {
                pool.Stats.AbandonRunningFlush();
                return true;
            });
            gate.Release();
        }

        // The late completion of the abandoned flush is dropped, and with it any second call.
        pool.Stats.FlushAsync().Result("a flush after the abandoned one");
        pool.Settle();
        StatsSnapshot[] seen = pool.Main.Invoke(() => snapshots.ToArray());
        Assert.Single(seen);
        Assert.Equal(0, seen[0].Sequence);
    }

    [Fact]
    public async Task A_throwing_callback_is_reported_and_the_others_still_run_and_off_main_is_refused()
    {
        var reported = new List<Exception>();
        await using var pool = WorkerPool.Start(new WorkerPoolOptions
        {
            WorkerCount = 1,
            StatsFlushInterval = TimeSpan.Zero,
            GuardDog = null,
            UnhandledExceptionHandler = (_, error) =>
            {
                lock (reported)
                {
                    reported.Add(error);
                }
            },
        });
        int ran = 0;
        pool.Main.Invoke(() =>
        {
            pool.Stats.Flush(_ => throw new InvalidOperationException("callback boom"));
            pool.Stats.Flush(_ => ran++);
            return true;
        });
        pool.Stats.FlushAsync().Result("a flush behind the two callbacks");
        pool.Settle();

        Assert.Equal(1, pool.Main.Invoke(() => ran));
        lock (reported)
        {
            Assert.Contains(reported, e => e.Message == "callback boom");
        }

        var offMain = Assert.Throws<InvalidOperationException>(() => pool.Stats.Flush(_ => { }));
        Assert.Contains("main", offMain.Message, StringComparison.OrdinalIgnoreCase);
    }
}

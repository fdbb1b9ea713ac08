using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Stats;

namespace Weft.Tests.DocContract;

/// <summary>
/// <see cref="WorkerPoolOptions.StatsFlushTimeout"/> and <see cref="StatsStore.FlushAsync"/>: a flush that cannot
/// complete is abandoned and counted, the next one proceeds, and callers waiting on it are bounded.
/// </summary>
public sealed class StatsFlushTests
{
    private static ReportingPool StartPool() => new(2, o => o.StatsFlushTimeout = TimeSpan.FromSeconds(2));

    [Fact]
    public async Task A_flush_a_blocked_worker_cannot_finish_is_abandoned_counted_and_its_callers_get_the_last_snapshot()
    {
        await using var pool = StartPool();
        StatsSnapshot first = await Bounded.Within(pool.Pool.Stats.FlushAsync(), "a first flush");
        using var gate = new LoopGate();
        pool.Workers[0].Post(gate.Block);
        await Bounded.Within(gate.Entered, "worker 0 blocks in the gate");

        StatsSnapshot[] waited = await Bounded.Within(
            Task.WhenAll(Enumerable.Range(0, 4).Select(_ => pool.Pool.Stats.FlushAsync())),
            "four FlushAsync callers while worker 0 blocks");

        Assert.All(waited, snapshot => Assert.Equal(first.Sequence, snapshot.Sequence));
        await AbandonedAtLeast(pool, 1);
    }

    [Fact]
    public async Task The_flush_after_an_abandoned_one_proceeds()
    {
        await using var pool = StartPool();
        using var gate = new LoopGate();
        pool.Workers[1].Post(gate.Block);
        await Bounded.Within(gate.Entered, "worker 1 blocks in the gate");
        await Bounded.Within(pool.Pool.Stats.FlushAsync(), "a flush while worker 1 blocks");
        await AbandonedAtLeast(pool, 1);
        gate.Open();

        StatsSnapshot after = await Bounded.Within(pool.Pool.Stats.FlushAsync(), "a flush after worker 1 is released");

        Assert.Equal(1, pool.Pool.Stats.Flushes);
        Assert.Equal(1, after.Sequence);
        Assert.Same(pool.Pool.Stats.Latest, after);
    }

    [Fact]
    public async Task The_abandoned_flush_counter_is_exported_in_the_next_snapshot()
    {
        await using var pool = StartPool();
        using var gate = new LoopGate();
        pool.Workers[0].Post(gate.Block);
        await Bounded.Within(gate.Entered, "worker 0 blocks in the gate");
        await Bounded.Within(pool.Pool.Stats.FlushAsync(), "a flush while worker 0 blocks");
        await AbandonedAtLeast(pool, 1);
        gate.Open();

        StatsSnapshot after = await Bounded.Within(pool.Pool.Stats.FlushAsync(), "a flush after worker 0 is released");

        Assert.Equal(1, after.Counter("weft.abandoned_stat_flushes"));
    }

    [Fact]
    public async Task FlushAsync_is_bounded_when_main_is_stalled()
    {
        await using var pool = StartPool();
        using var gate = new LoopGate();
        pool.Main.Post(gate.Block);
        await Bounded.Within(gate.Entered, "main blocks in the gate");

        StatsSnapshot snapshot = await Bounded.Within(pool.Pool.Stats.FlushAsync(), "FlushAsync while main is stalled");

        Assert.Equal(0, snapshot.Sequence);
    }

    /// <summary>
    /// Main abandons a flush on its own deadline timer; on a loaded machine FlushAsync's caller-side bound (twice the
    /// timeout) can answer first, so the count is awaited through round trips on main rather than read at once.
    /// </summary>
    private static Task AbandonedAtLeast(ReportingPool pool, long count) =>
        Bounded.Until(
            () => pool.Main.InvokeAsync(() => pool.Pool.Stats.AbandonedFlushes >= count),
            $"main counts {count} abandoned flush(es)");
}

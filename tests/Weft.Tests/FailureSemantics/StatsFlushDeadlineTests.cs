using System;
using System.Linq;
using System.Threading.Tasks;
using Weft.Stats;
using Weft.Tests.Slots;

namespace Weft.Tests.FailureSemantics;

/// <summary>Defect 3: a flush that never completes is abandoned and counted; the next proceeds; callers are bounded.</summary>
public sealed class StatsFlushDeadlineTests
{
    [Fact]
    public async Task An_abandoned_flush_releases_its_callers_with_the_last_snapshot_and_the_next_flush_proceeds()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.Zero, StatsFlushTimeout = TimeSpan.FromHours(1), GuardDog = null });
        pool.Stats.Counter("test.x").Increment();
        using Gate gate = Gate.Block(pool.Workers[1]);
        Task<StatsSnapshot> stuck = pool.Stats.FlushAsync();
        pool.Main.Flush();
        Assert.False(stuck.IsCompleted);

        // What the deadline timer runs.
        pool.Main.Invoke(() =>
        {
            pool.Stats.AbandonRunningFlush();
            return true;
        });

        StatsSnapshot released = stuck.Result("the abandoned flush's caller");
        Assert.Equal(0, released.Sequence);
        Assert.Equal(1, pool.Stats.AbandonedFlushes);
        Task<StatsSnapshot> next = pool.Stats.FlushAsync();
        gate.Release();
        StatsSnapshot completed = next.Result("the flush after the abandoned one");
        pool.Settle();

        // The abandoned flush's late result was dropped: only the next one counts.
        Assert.Equal(1, completed.Sequence);
        Assert.Equal(1, pool.Stats.Flushes);
        Assert.Equal(1, completed.Counter("test.x"));
        Assert.Equal(1, completed.Counter("weft.abandoned_stat_flushes"));
    }

    [Fact]
    public async Task The_flush_deadline_abandons_a_flush_stuck_behind_a_worker()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.Zero, StatsFlushTimeout = TimeSpan.FromMilliseconds(200), GuardDog = null });
        using Gate gate = Gate.Block(pool.Workers[0]);

        StatsSnapshot snapshot = pool.Stats.FlushAsync().Result("a flush behind a stuck worker");

        Assert.Equal(0, snapshot.Sequence);
        Assert.Equal(1, pool.Stats.AbandonedFlushes);
    }

    [Fact]
    public async Task FlushAsync_is_bounded_when_main_is_stalled()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, StatsFlushInterval = TimeSpan.Zero, StatsFlushTimeout = TimeSpan.FromMilliseconds(100), GuardDog = null });
        using Gate gate = Gate.Block(pool.Main);

        StatsSnapshot snapshot = pool.Stats.FlushAsync().Result("a flush behind a stalled main");

        Assert.Equal(0, snapshot.Sequence);
    }

    [Fact]
    public async Task The_Prometheus_export_names_each_series_once_and_guard_dog_series_only_per_dispatcher()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, StatsFlushInterval = TimeSpan.Zero });
        pool.Stats.Counter("test.x").Increment();
        string prometheus = (await pool.Stats.FlushAsync()).ToPrometheus();

        string[] series = prometheus.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Select(l => l[..l.LastIndexOf(' ')]).ToArray();
        Assert.Equal(series.Length, series.Distinct(StringComparer.Ordinal).Count());
        string[] guardDog = series.Where(s => s.StartsWith("weft_guarddog_", StringComparison.Ordinal)).ToArray();
        Assert.Equal(6, guardDog.Length);
        Assert.All(guardDog, s => Assert.Contains("{dispatcher=\"", s, StringComparison.Ordinal));
        string[] types = prometheus.Split('\n').Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(types.Length, types.Distinct(StringComparer.Ordinal).Count());
    }
}

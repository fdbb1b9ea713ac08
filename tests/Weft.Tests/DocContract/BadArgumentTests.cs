using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;
using Weft.Watchdog;

namespace Weft.Tests.DocContract;

/// <summary>
/// Issue 11 "Bad arguments" and <see cref="WorkerPoolOptions"/>: null callbacks and names, a worker count outside
/// 0..<see cref="WorkerPoolOptions.MaxWorkerCount"/>, negative or NaN intervals and thresholds throw
/// <see cref="ArgumentException"/>s at construction.
/// </summary>
public sealed class BadArgumentTests
{
    public static TheoryData<string> BadOptions => new()
    {
        "WorkerCount=-1",
        "WorkerCount=1025",
        "ThreadNamePrefix=null",
        "ThreadNamePrefix=blank",
        "BroadcastTimeout=0",
        "ShutdownTimeout=0",
        "StatsFlushTimeout=0",
        "BroadcastTimeout=-2ms",
        "ShutdownTimeout=-2ms",
        "StatsFlushInterval=-1s",
        "StatsFlushTimeout=-2ms",
        "GuardDog.MissTimeout=-1s",
        "GuardDog.MegaMissTimeout=-1s",
        "GuardDog.KillTimeout=-1s",
        "GuardDog.MultiKillTimeout=-1s",
        "GuardDog.MultiKillThreshold=NaN",
        "GuardDog.MultiKillThreshold=-0.5",
        "GuardDog.MultiKillThreshold=1.5",
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void WorkerPool_Start_refuses_a_bad_option(string option)
    {
        WorkerPoolOptions options = Options(option);
        WorkerPool? started = null;

        var thrown = Record.Exception(() => started = WorkerPool.Start(options));

        started?.Dispose();
        Assert.True(thrown is ArgumentException, $"{option}: expected an ArgumentException, got {thrown?.GetType().Name ?? "a started pool"}");
    }

    [Fact]
    public async Task WorkerCount_zero_starts_main_only()
    {
        WorkerPool pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 0, GuardDog = null, StatsFlushInterval = TimeSpan.Zero });

        Assert.Empty(pool.Workers);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static d => d.Name), "SetAsync on a main-only pool");
        Assert.Equal(pool.Main.Name, await ReportingPool.ValueOn(pool.Main, slot));
        await Bounded.Within(pool.StopAsync(), "stopping a main-only pool");
    }

    [Fact]
    public async Task Infinite_timeouts_are_accepted()
    {
        WorkerPool pool = WorkerPool.Start(new WorkerPoolOptions
        {
            WorkerCount = 1,
            GuardDog = null,
            StatsFlushInterval = TimeSpan.Zero,
            BroadcastTimeout = Timeout.InfiniteTimeSpan,
            StatsFlushTimeout = Timeout.InfiniteTimeSpan,
            ShutdownTimeout = Timeout.InfiniteTimeSpan,
        });

        Assert.Single(pool.Workers);
        await Bounded.Within(pool.StopAsync(), "stopping the pool");
    }

    [Fact]
    public void A_dispatcher_needs_a_name()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Dispatcher(null!));
        Assert.ThrowsAny<ArgumentException>(() => Dispatcher.Start(null!));
        Assert.ThrowsAny<ArgumentException>(() => new Dispatcher(" "));
    }

    [Fact]
    public async Task A_negative_timer_delay_is_refused()
    {
        using var loop = Dispatcher.Start("doc-negative-delay");

        Exception? thrown = await Bounded.Within(
            loop.InvokeAsync(() => Record.Exception(() => loop.CreateTimer(static () => { }).Enable(TimeSpan.FromMilliseconds(-1)))),
            "arming a timer with a negative delay");

        Assert.IsAssignableFrom<ArgumentException>(thrown);
    }

    [Fact]
    public void Dispatcher_posts_refuse_null_callbacks()
    {
        using var loop = Dispatcher.Start("doc-null-posts");

        Assert.ThrowsAny<ArgumentException>(() => loop.Post((Action)null!));
        Assert.ThrowsAny<ArgumentException>(() => loop.Post((Action<string>)null!, "state"));
        Assert.ThrowsAny<ArgumentException>(() => loop.Post((IDispatcherWorkItem)null!));
        Assert.ThrowsAny<ArgumentException>(() => loop.TryPost((Action)null!));
        Assert.ThrowsAny<ArgumentException>(() => loop.TryPost((Action<string>)null!, "state"));
        Assert.ThrowsAny<ArgumentException>(() => loop.TryPost((IDispatcherWorkItem)null!));
    }

    [Fact]
    public async Task Timers_and_deferred_deletes_refuse_null()
    {
        using var loop = Dispatcher.Start("doc-null-timer");

        Exception?[] thrown = await Bounded.Within(
            loop.InvokeAsync(() => new[]
            {
                Record.Exception(() => loop.CreateTimer(null!)),
                Record.Exception(() => loop.DeferredDelete(null!)),
            }),
            "calls on the loop");

        Assert.All(thrown, e => Assert.IsAssignableFrom<ArgumentException>(e));
    }

    [Fact]
    public async Task Slot_verbs_refuse_null_callbacks()
    {
        await using var pool = new ReportingPool(1);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();

        Assert.ThrowsAny<ArgumentException>(() => slot.Set(null!));
        Assert.ThrowsAny<ArgumentException>(() => slot.Publish("v", null!));
        Assert.ThrowsAny<ArgumentException>(() => slot.RunOnAllThreads(null!));
        Assert.ThrowsAny<ArgumentException>(() => slot.RunOnAllThreads(null!, static () => { }));
        Assert.ThrowsAny<ArgumentException>(() => slot.RunOnAllThreads(static _ => { }, null!));
        Assert.ThrowsAny<ArgumentException>(() => slot.RunOnAllThreads<int>(null!, 1, static () => { }));
        Assert.ThrowsAny<ArgumentException>(() => slot.RunOnAllThreads(static (_, _) => { }, 1, null!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Bounded.Within(slot.SetAsync(null!), "SetAsync(null)"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Bounded.Within(slot.RunOnAllThreadsAsync(null!), "RunOnAllThreadsAsync(null)"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Bounded.Within(slot.RunOnAllThreadsAsync<int>(null!, 1), "RunOnAllThreadsAsync<int>(null, 1)"));
    }

    [Fact]
    public async Task Stats_refuse_null_names()
    {
        await using var pool = new ReportingPool(0);

        Assert.ThrowsAny<ArgumentException>(() => pool.Pool.Stats.Counter(null!));
        Assert.ThrowsAny<ArgumentException>(() => pool.Pool.Stats.Gauge(null!));
        Assert.ThrowsAny<ArgumentException>(() => pool.Pool.Stats.Histogram(null!));
        Assert.ThrowsAny<ArgumentException>(() => new Weft.Stats.StatName(null!));
        Assert.ThrowsAny<ArgumentException>(() => pool.Pool.Stats.Counter(" "));
        Assert.ThrowsAny<ArgumentException>(() => pool.Pool.Stats.Gauge(""));
        Assert.ThrowsAny<ArgumentException>(() => pool.Pool.Stats.Histogram(" "));
    }

    private static WorkerPoolOptions Options(string option)
    {
        var options = new WorkerPoolOptions { WorkerCount = 1, StatsFlushInterval = TimeSpan.Zero, GuardDog = new GuardDogOptions() };
        GuardDogOptions guardDog = options.GuardDog;
        guardDog.KillAction = static _ => { };
        switch (option)
        {
            case "WorkerCount=-1": options.WorkerCount = -1; break;
            case "WorkerCount=1025": options.WorkerCount = WorkerPoolOptions.MaxWorkerCount + 1; break;
            case "ThreadNamePrefix=null": options.ThreadNamePrefix = null!; break;
            case "ThreadNamePrefix=blank": options.ThreadNamePrefix = "  "; break;
            case "BroadcastTimeout=0": options.BroadcastTimeout = TimeSpan.Zero; break;
            case "ShutdownTimeout=0": options.ShutdownTimeout = TimeSpan.Zero; break;
            case "StatsFlushTimeout=0": options.StatsFlushTimeout = TimeSpan.Zero; break;
            case "BroadcastTimeout=-2ms": options.BroadcastTimeout = TimeSpan.FromMilliseconds(-2); break;
            case "ShutdownTimeout=-2ms": options.ShutdownTimeout = TimeSpan.FromMilliseconds(-2); break;
            case "StatsFlushInterval=-1s": options.StatsFlushInterval = TimeSpan.FromSeconds(-1); break;
            case "StatsFlushTimeout=-2ms": options.StatsFlushTimeout = TimeSpan.FromMilliseconds(-2); break;
            case "GuardDog.MissTimeout=-1s": guardDog.MissTimeout = TimeSpan.FromSeconds(-1); break;
            case "GuardDog.MegaMissTimeout=-1s": guardDog.MegaMissTimeout = TimeSpan.FromSeconds(-1); break;
            case "GuardDog.KillTimeout=-1s": guardDog.KillTimeout = TimeSpan.FromSeconds(-1); break;
            case "GuardDog.MultiKillTimeout=-1s": guardDog.MultiKillTimeout = TimeSpan.FromSeconds(-1); break;
            case "GuardDog.MultiKillThreshold=NaN": guardDog.MultiKillTimeout = TimeSpan.FromSeconds(30); guardDog.MultiKillThreshold = double.NaN; break;
            case "GuardDog.MultiKillThreshold=-0.5": guardDog.MultiKillTimeout = TimeSpan.FromSeconds(30); guardDog.MultiKillThreshold = -0.5; break;
            case "GuardDog.MultiKillThreshold=1.5": guardDog.MultiKillTimeout = TimeSpan.FromSeconds(30); guardDog.MultiKillThreshold = 1.5; break;
            default: throw new ArgumentOutOfRangeException(nameof(option), option, "unknown case");
        }

        return options;
    }
}

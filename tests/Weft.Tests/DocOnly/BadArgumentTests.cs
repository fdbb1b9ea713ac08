using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Watchdog;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// docs/failure-semantics.md, "Bad arguments (refused at construction, ArgumentException naming the parameter)".
public sealed class BadArgumentTests
{
    public static TheoryData<string, string> BadOptions => new()
    {
        { "WorkerCount=-1", "WorkerCount" },
        { "WorkerCount=1025", "WorkerCount" },
        { "ThreadNamePrefix=empty", "ThreadNamePrefix" },
        { "ThreadNamePrefix=blank", "ThreadNamePrefix" },
        { "BroadcastTimeout=0", "BroadcastTimeout" },
        { "BroadcastTimeout=-2s", "BroadcastTimeout" },
        { "ShutdownTimeout=0", "ShutdownTimeout" },
        { "StatsFlushTimeout=-2s", "StatsFlushTimeout" },
        { "StatsFlushInterval=-1s", "StatsFlushInterval" },
        { "GuardDog.MissTimeout=-2s", "MissTimeout" },
        { "GuardDog.KillTimeout=-2s", "KillTimeout" },
        { "GuardDog.MultiKillThreshold=NaN", "MultiKillThreshold" },
        { "GuardDog.MultiKillThreshold=1.5", "MultiKillThreshold" },
        { "GuardDog.MultiKillThreshold=-0.1", "MultiKillThreshold" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void WorkerPool_Start_refuses_a_bad_option_with_an_ArgumentException_naming_it(string change, string named)
    {
        var options = new WorkerPoolOptions { WorkerCount = 1, StatsFlushInterval = TimeSpan.Zero, GuardDog = new GuardDogOptions() };
        var negative = TimeSpan.FromSeconds(-2);
        switch (change)
        {
            case "WorkerCount=-1": options.WorkerCount = -1; break;
            case "WorkerCount=1025": options.WorkerCount = WorkerPoolOptions.MaxWorkerCount + 1; break;
            case "ThreadNamePrefix=empty": options.ThreadNamePrefix = string.Empty; break;
            case "ThreadNamePrefix=blank": options.ThreadNamePrefix = "  "; break;
            case "BroadcastTimeout=0": options.BroadcastTimeout = TimeSpan.Zero; break;
            case "BroadcastTimeout=-2s": options.BroadcastTimeout = negative; break;
            case "ShutdownTimeout=0": options.ShutdownTimeout = TimeSpan.Zero; break;
            case "StatsFlushTimeout=-2s": options.StatsFlushTimeout = negative; break;
            case "StatsFlushInterval=-1s": options.StatsFlushInterval = TimeSpan.FromSeconds(-1); break;
            case "GuardDog.MissTimeout=-2s": options.GuardDog!.MissTimeout = negative; break;
            case "GuardDog.KillTimeout=-2s": options.GuardDog!.KillTimeout = negative; break;
            case "GuardDog.MultiKillThreshold=NaN": options.GuardDog!.MultiKillThreshold = double.NaN; break;
            case "GuardDog.MultiKillThreshold=1.5": options.GuardDog!.MultiKillThreshold = 1.5; break;
            case "GuardDog.MultiKillThreshold=-0.1": options.GuardDog!.MultiKillThreshold = -0.1; break;
            default: throw new ArgumentOutOfRangeException(nameof(change));
        }

        WorkerPool? started = null;
        var refused = Record.Exception(() => started = WorkerPool.Start(options));
        started?.Dispose();

        var argument = Assert.IsAssignableFrom<ArgumentException>(refused);
        Assert.True(
            (argument.ParamName ?? string.Empty).Contains(named, StringComparison.Ordinal) || argument.Message.Contains(named, StringComparison.Ordinal),
            $"{change}: the ArgumentException names neither {named} in ParamName ('{argument.ParamName}') nor in its message: {argument.Message}");
    }

    // The edges the same list allows: 0 workers (main only), infinite timeouts, a zero flush interval, thresholds 0 and 1.
    [Fact]
    public async Task The_documented_edges_are_accepted_and_a_main_only_pool_broadcasts_on_main_alone()
    {
        var options = new WorkerPoolOptions
        {
            WorkerCount = 0,
            ThreadNamePrefix = "dq-edges",
            BroadcastTimeout = Timeout.InfiniteTimeSpan,
            ShutdownTimeout = Timeout.InfiniteTimeSpan,
            StatsFlushTimeout = Timeout.InfiniteTimeSpan,
            StatsFlushInterval = TimeSpan.Zero,
            GuardDog = new GuardDogOptions { MultiKillThreshold = 1, MissTimeout = TimeSpan.Zero },
        };
        await using var pool = WorkerPool.Start(options);
        Assert.Empty(pool.Workers);
        var slot = pool.AllocateSlot<string>();
        var ranOn = new System.Collections.Concurrent.ConcurrentQueue<string>();

        await Within(slot.SetAsync(d => d.Name), "a Set on a main-only pool");
        await Within(slot.RunOnAllThreadsAsync(ranOn.Enqueue), "a broadcast on a main-only pool");

        Assert.Equal("dq-edges-main", Assert.Single(ranOn));
        var zeroThreshold = new WorkerPoolOptions { WorkerCount = 0, GuardDog = new GuardDogOptions { MultiKillThreshold = 0 } };
        await using var second = WorkerPool.Start(zeroThreshold);
    }

    public static TheoryData<string, string> NullsAndBlanks => new()
    {
        { "new Dispatcher(null)", "name" },
        { "new Dispatcher(empty)", "name" },
        { "Dispatcher.Start(blank)", "name" },
        { "Post(null)", "callback" },
        { "TryPost(null)", "callback" },
        { "Post<TState>(null)", "callback" },
        { "InvokeAsync<T>(null)", "function" },
        { "InvokeAsync(null)", "action" },
        { "CreateTimer(null)", "callback" },
        { "Slot.Set(null)", "initializer" },
        { "Slot.SetAsync(null)", "initializer" },
        { "Slot.RunOnAllThreads(null)", "update" },
        { "Slot.RunOnAllThreads(update, null)", "complete" },
        { "Slot.Publish(value, null)", "onAllApplied" },
        { "Stats.Counter(empty)", "name" },
        { "Stats.Gauge(blank)", "name" },
        { "Stats.Histogram(null)", "name" },
        { "Stats.Flush(null)", "completed" },
        { "Timer.Enable(-1s)", "delay" },
    };

    [Theory]
    [MemberData(nameof(NullsAndBlanks))]
    public async Task A_null_or_blank_name_or_callback_or_a_negative_timer_delay_is_refused_naming_the_parameter(string call, string parameter)
    {
        await using var pool = WorkerPool.Start(Options("dq-nulls", 1));
        var slot = pool.AllocateSlot<string>();
        // Loop-thread-only calls are made on their loop (Flush: main), so the refusal can only be about the argument.
        var loop = call.StartsWith("Stats.Flush", StringComparison.Ordinal) ? pool.Main : pool.Workers[0];

        var refused = await Within(
            loop.InvokeAsync(() => Record.Exception(() => Call(call, pool, slot, loop))),
            $"{call} on {loop.Name}");

        var argument = Assert.IsAssignableFrom<ArgumentException>(refused);
        Assert.Equal(parameter, argument.ParamName);
    }

    private static void Call(string call, WorkerPool pool, Slot<string> slot, Dispatcher loop)
    {
        switch (call)
        {
            case "new Dispatcher(null)": new Dispatcher(null!).Dispose(); break;
            case "new Dispatcher(empty)": new Dispatcher(string.Empty).Dispose(); break;
            case "Dispatcher.Start(blank)": Dispatcher.Start("   ").Dispose(); break;
            case "Post(null)": loop.Post((Action)null!); break;
            case "TryPost(null)": loop.TryPost((Action)null!); break;
            case "Post<TState>(null)": loop.Post<int>(null!, 1); break;
            case "InvokeAsync<T>(null)": _ = loop.InvokeAsync((Func<int>)null!); break;
            case "InvokeAsync(null)": _ = loop.InvokeAsync((Action)null!); break;
            case "CreateTimer(null)": loop.CreateTimer(null!).Dispose(); break;
            case "Slot.Set(null)": slot.Set(null!); break;
            case "Slot.SetAsync(null)": _ = slot.SetAsync(null!); break;
            case "Slot.RunOnAllThreads(null)": slot.RunOnAllThreads(null!); break;
            case "Slot.RunOnAllThreads(update, null)": slot.RunOnAllThreads(_ => { }, null!); break;
            case "Slot.Publish(value, null)": slot.Publish("x", null!); break;
            case "Stats.Counter(empty)": pool.Stats.Counter(string.Empty); break;
            case "Stats.Gauge(blank)": pool.Stats.Gauge("  "); break;
            case "Stats.Histogram(null)": pool.Stats.Histogram(null!); break;
            case "Stats.Flush(null)": pool.Stats.Flush(null!); break;
            case "Timer.Enable(-1s)":
                using (var timer = loop.CreateTimer(() => { }))
                {
                    timer.Enable(TimeSpan.FromSeconds(-1));
                }

                break;
            default: throw new ArgumentOutOfRangeException(nameof(call));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft.Tests.DocContract;

/// <summary>
/// <see cref="WorkerPoolOptions.ShutdownTimeout"/>: past it <see cref="WorkerPool.StopAsync"/> throws a
/// <see cref="TimeoutException"/> naming each stuck thread and the callback it is running; <see cref="WorkerPool.DisposeAsync"/>
/// and <see cref="WorkerPool.Dispose"/> log that message at Error and return.
/// </summary>
public sealed class ShutdownTimeoutTests
{
    private static readonly TimeSpan ShortShutdownTimeout = TimeSpan.FromMilliseconds(300);

    /// <summary>For pools expected to stop cleanly: generous, so a loaded machine does not turn them into timeouts.</summary>
    private static readonly TimeSpan CleanShutdownTimeout = TimeSpan.FromSeconds(10);

    private static WorkerPool StartPool(CapturingLoggerFactory logs, string prefix, TimeSpan shutdownTimeout) => WorkerPool.Start(new WorkerPoolOptions
    {
        WorkerCount = 2,
        ThreadNamePrefix = prefix,
        GuardDog = null,
        StatsFlushInterval = TimeSpan.Zero,
        ShutdownTimeout = shutdownTimeout,
        LoggerFactory = logs,
    });

    [Fact]
    public async Task StopAsync_past_the_timeout_names_the_stuck_worker_and_the_callback_it_runs()
    {
        var logs = new CapturingLoggerFactory();
        WorkerPool pool = StartPool(logs, "doc-stop", ShortShutdownTimeout);
        using var gate = new LoopGate();
        Dispatcher stuck = pool.Workers[0];
        stuck.Post(gate.Block);
        await Bounded.Within(gate.Entered, "worker 0 blocks in the gate");
        string? running = stuck.RunningCallbackDescription;

        var timeout = await Bounded.Faults<TimeoutException>(pool.StopAsync(), "StopAsync with worker 0 stuck");

        Assert.NotNull(running);
        Assert.Contains(stuck.Name, timeout.Message, StringComparison.Ordinal);
        Assert.Contains(running, timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_running_callback_description_names_the_posted_method()
    {
        var logs = new CapturingLoggerFactory();
        WorkerPool pool = StartPool(logs, "doc-describe", CleanShutdownTimeout);
        using var gate = new LoopGate();
        pool.Workers[1].Post(gate.Block);
        await Bounded.Within(gate.Entered, "worker 1 blocks in the gate");

        string? running = pool.Workers[1].RunningCallbackDescription;

        gate.Open();
        await Bounded.Within(pool.StopAsync(), "StopAsync once released");
        Assert.NotNull(running);
        Assert.Contains(nameof(LoopGate.Block), running, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAsync_past_the_timeout_names_a_stuck_main()
    {
        var logs = new CapturingLoggerFactory();
        WorkerPool pool = StartPool(logs, "doc-stopmain", ShortShutdownTimeout);
        using var gate = new LoopGate();
        pool.Main.Post(gate.Block);
        await Bounded.Within(gate.Entered, "main blocks in the gate");

        var timeout = await Bounded.Faults<TimeoutException>(pool.StopAsync(), "StopAsync with main stuck");

        Assert.Contains(pool.Main.Name, timeout.Message, StringComparison.Ordinal);
        await Bounded.Within(Task.WhenAll(pool.Workers.Select(w => w.Completion)), "the workers exit although main is stuck");
        Assert.True(pool.IsShutdown);
    }

    [Fact]
    public async Task StopAsync_returns_the_same_task_on_every_call()
    {
        var logs = new CapturingLoggerFactory();
        WorkerPool pool = StartPool(logs, "doc-idem", CleanShutdownTimeout);

        Task first = pool.StopAsync();
        Task second = pool.StopAsync();

        Assert.Same(first, second);
        await Bounded.Within(first, "StopAsync of an idle pool");
        Assert.True(pool.IsShutdown);
    }

    [Fact]
    public async Task DisposeAsync_past_the_timeout_logs_the_stuck_worker_at_error_and_returns()
    {
        var logs = new CapturingLoggerFactory();
        WorkerPool pool = StartPool(logs, "doc-dispasync", ShortShutdownTimeout);
        using var gate = new LoopGate();
        Dispatcher stuck = pool.Workers[1];
        stuck.Post(gate.Block);
        await Bounded.Within(gate.Entered, "worker 1 blocks in the gate");

        await Bounded.Within(pool.DisposeAsync().AsTask(), "DisposeAsync with worker 1 stuck returns");

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(stuck.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispose_past_the_timeout_logs_the_stuck_worker_at_error_and_returns()
    {
        var logs = new CapturingLoggerFactory();
        WorkerPool pool = StartPool(logs, "doc-dispose", ShortShutdownTimeout);
        using var gate = new LoopGate();
        Dispatcher stuck = pool.Workers[0];
        stuck.Post(gate.Block);
        await Bounded.Within(gate.Entered, "worker 0 blocks in the gate");

        await Bounded.Within(Task.Run(pool.Dispose), "Dispose with worker 0 stuck returns");

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(stuck.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispose_on_a_pool_thread_throws_InvalidOperationException()
    {
        var logs = new CapturingLoggerFactory();
        WorkerPool pool = StartPool(logs, "doc-selfdispose", CleanShutdownTimeout);

        Exception? thrown = await Bounded.Within(
            pool.Workers[0].InvokeAsync(() => Record.Exception(pool.Dispose)),
            "Dispose called on a worker");

        Assert.IsType<InvalidOperationException>(thrown);
        await Bounded.Within(pool.StopAsync(), "StopAsync afterwards");
    }
}

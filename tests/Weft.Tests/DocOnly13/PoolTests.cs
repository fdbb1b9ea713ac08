using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>WorkerPool start, stop and shutdown deadlines (docs/failure-semantics.md "Shutdown", "Bad arguments").</summary>
public sealed class PoolTests
{
    // Doc: "StopAsync is bounded by WorkerPoolOptions.ShutdownTimeout ... Past it, it faults with a TimeoutException
    // naming each thread that has not exited and the callback it is running; those threads are left running. Every
    // later call returns the same task."
    [Fact]
    public async Task StopAsync_past_its_deadline_faults_naming_the_stuck_worker_and_later_calls_return_the_same_task()
    {
        var pool = SlotTests.StartPool(2, configure: o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(300));
        Dispatcher stuck = pool.Workers[1];
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        stuck.Post(() => { entered.Set(); Kit13.WaitSet(release, "the test to release the stuck worker"); });
        Kit13.WaitSet(entered, "the worker to get stuck");
        string? running = stuck.RunningCallbackDescription;
        try
        {
            Task stop = pool.StopAsync();
            await Kit13.Within(stop, "StopAsync past a 300 ms shutdown deadline");
            var timeout = Assert.IsType<TimeoutException>(stop.Exception!.InnerException);
            Assert.Contains(stuck.Name, timeout.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(pool.Workers[0].Name, timeout.Message, StringComparison.Ordinal);
            Assert.Contains(running!, timeout.Message, StringComparison.Ordinal);
            Assert.Same(stop, pool.StopAsync());
            Assert.False(stuck.HasExited);
            Assert.True(pool.Workers[0].HasExited);
        }
        finally
        {
            release.Set();
        }
        await Kit13.Within(stuck.Completion, "the released worker to exit after all");
    }

    // Doc: "DisposeAsync and Dispose log that same message at Error through the pool's logger and return."
    [Fact]
    public async Task DisposeAsync_past_the_deadline_logs_the_stuck_worker_at_Error_and_returns()
    {
        var log = new RecordingLogger();
        var pool = SlotTests.StartPool(1, configure: o => { o.ShutdownTimeout = TimeSpan.FromMilliseconds(300); o.LoggerFactory = log; });
        Dispatcher stuck = pool.Workers[0];
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        stuck.Post(() => { entered.Set(); Kit13.WaitSet(release, "the test to release the stuck worker"); });
        Kit13.WaitSet(entered, "the worker to get stuck");
        try
        {
            Task disposing = pool.DisposeAsync().AsTask();
            await Kit13.Within(disposing, "DisposeAsync past a 300 ms shutdown deadline");
            Assert.True(disposing.IsCompletedSuccessfully, $"DisposeAsync ended {disposing.Status}: {disposing.Exception}");
            Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(stuck.Name, StringComparison.Ordinal));
            pool.Dispose();   // stopping again must neither throw nor wait past the deadline again
        }
        finally
        {
            release.Set();
        }
    }

    // Doc (WorkerPool.Dispose): "Must not be called on one of the pool's threads. InvalidOperationException: Called on
    // one of the pool's threads (it would wait for itself)."
    [Fact]
    public async Task Dispose_called_on_a_pool_thread_is_refused_and_the_pool_keeps_running()
    {
        await using var pool = SlotTests.StartPool(1);
        foreach (Dispatcher d in new[] { pool.Main, pool.Workers[0] })
        {
            Task call = d.InvokeAsync(() => pool.Dispose());
            await Kit13.Within(call, $"Dispose called on {d.Name}");
            Assert.IsType<InvalidOperationException>(call.Exception!.InnerException);
        }
        Assert.False(pool.IsShutdown);
        Assert.Equal(1, await pool.Workers[0].InvokeAsync(() => 1));
    }

    // Doc: "Posts to the pool's dispatchers are refused from then on" (StopAsync); Current is "The pool whose thread is
    // the calling thread, or null".
    [Fact]
    public async Task After_StopAsync_every_pool_dispatcher_refuses_posts_and_Current_is_the_pool_only_on_its_threads()
    {
        var pool = SlotTests.StartPool(2);
        Assert.Null(WorkerPool.Current);
        Assert.Same(pool, await pool.Workers[1].InvokeAsync(() => WorkerPool.Current));
        Assert.Same(pool, await pool.Main.InvokeAsync(() => WorkerPool.Current));
        await Kit13.Within(pool.StopAsync(), "StopAsync");
        foreach (Dispatcher d in SlotTests.AllThreads(pool))
        {
            Assert.True(d.HasExited, $"{d.Name} has not exited after StopAsync");
            var refused = Assert.Throws<ObjectDisposedException>(() => d.Post(() => { }));
            Assert.Contains(d.Name, refused.Message, StringComparison.Ordinal);
            Assert.False(d.TryPost(() => { }));
        }
        Assert.Throws<InvalidOperationException>(() => pool.AddWorker());
        await pool.DisposeAsync();
    }

    // Doc "Bad arguments (refused at construction, ArgumentException naming the parameter)": WorkerCount < 0 or > 1024;
    // blank ThreadNamePrefix; BroadcastTimeout, ShutdownTimeout, StatsFlushTimeout zero or negative (except
    // Timeout.InfiniteTimeSpan); negative StatsFlushInterval.
    [Theory]
    [InlineData("WorkerCount", -1)]
    [InlineData("WorkerCount", 1025)]
    [InlineData("ThreadNamePrefix", 0)]
    [InlineData("BroadcastTimeout", 0)]
    [InlineData("ShutdownTimeout", -5)]
    [InlineData("StatsFlushTimeout", 0)]
    [InlineData("StatsFlushInterval", -1)]
    public void Bad_pool_options_are_refused_at_start_naming_the_option(string option, int value)
    {
        var options = new WorkerPoolOptions { WorkerCount = 1, GuardDog = null };
        switch (option)
        {
            case "WorkerCount": options.WorkerCount = value; break;
            case "ThreadNamePrefix": options.ThreadNamePrefix = "  "; break;
            case "BroadcastTimeout": options.BroadcastTimeout = TimeSpan.FromMilliseconds(value); break;
            case "ShutdownTimeout": options.ShutdownTimeout = TimeSpan.FromMilliseconds(value); break;
            case "StatsFlushTimeout": options.StatsFlushTimeout = TimeSpan.FromMilliseconds(value); break;
            default: options.StatsFlushInterval = TimeSpan.FromMilliseconds(value); break;
        }
        WorkerPool? started = null;
        var error = Record.Exception(() => started = WorkerPool.Start(options));
        started?.Dispose();
        var argument = Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Contains(option, (argument.ParamName ?? "") + " " + argument.Message, StringComparison.Ordinal);
    }

    // Doc "Bad arguments": "null or blank dispatcher ... names; null callbacks on every posting and slot API".
    [Fact]
    public async Task Null_callbacks_and_blank_dispatcher_names_are_refused_with_ArgumentException()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Dispatcher(" "));
        Assert.ThrowsAny<ArgumentException>(() => new Dispatcher(null!));
        var loop = new Dispatcher(Kit13.UniqueName("nulls"));
        Assert.ThrowsAny<ArgumentException>(() => loop.Post((Action)null!));
        Assert.ThrowsAny<ArgumentException>(() => loop.Post<int>(null!, 1));
        Assert.ThrowsAny<ArgumentException>(() => loop.Post((IDispatcherWorkItem)null!));
        Assert.ThrowsAny<ArgumentException>(() => loop.TryPost((Action)null!));
        await using var pool = SlotTests.StartPool(1);
        var slot = pool.AllocateSlot<string>();
        Assert.ThrowsAny<ArgumentException>(() => slot.Set(null!));
        Assert.ThrowsAny<ArgumentException>(() => slot.RunOnAllThreads(null!));
        Assert.ThrowsAny<ArgumentException>(() => { _ = slot.RunOnAllThreadsAsync(null!); });
        Assert.ThrowsAny<ArgumentException>(() => slot.Publish("x", null!));
        Assert.Equal(0, loop.Stats.QueueDepth);
        Kit13.ExitManual(loop);
    }
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Written from docs/failure-semantics.md "Shutdown", WorkerPoolOptions.ShutdownTimeout and the XML docs of
// WorkerPool.StopAsync / DisposeAsync / Dispose.
public sealed class ShutdownDeadlineTests
{
    private static WorkerPoolOptions ShortShutdown(string prefix, int workers, ILoggerFactory? logs = null)
    {
        var options = Options(prefix, workers);
        options.ShutdownTimeout = ShortDeadline;
        options.LoggerFactory = logs;
        return options;
    }

    // "Past it, it faults with a TimeoutException naming each thread that has not exited and the callback it is
    // running; those threads are left running. Every later call returns the same task."
    [Fact]
    public async Task A_stuck_worker_makes_StopAsync_fault_naming_it_and_its_callback_only_and_every_later_call_returns_that_task()
    {
        var pool = WorkerPool.Start(ShortShutdown("dq-stuckwk", 2));
        var stuck = pool.Workers[1];
        using var gate = new LoopGate();
        await gate.HoldAsync(stuck);
        var running = stuck.RunningCallbackDescription;

        var stop = pool.StopAsync();
        var timeout = await FaultOf<TimeoutException>(stop, "StopAsync past its deadline");

        Assert.False(string.IsNullOrEmpty(running), "RunningCallbackDescription was empty while the worker ran the held callback");
        Assert.Contains("dq-stuckwk-worker-1", timeout.Message, StringComparison.Ordinal);
        Assert.Contains(running!, timeout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dq-stuckwk-worker-0", timeout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dq-stuckwk-main", timeout.Message, StringComparison.Ordinal);
        Assert.False(stuck.HasExited, "the stuck worker should be left running");
        Assert.True(pool.IsShutdown);
        Assert.Same(stop, pool.StopAsync());

        gate.Release();
        await Within(stuck.Completion, "the released worker, already told to exit, to exit");
    }

    // "When main does not answer, global threading is shut down from the stopping thread and the workers still exit."
    // Two stuck threads at once: both named, each with its callback; the free worker still exits.
    [Fact]
    public async Task Stuck_main_and_a_stuck_worker_are_both_named_with_their_callbacks_while_the_other_worker_still_exits()
    {
        var pool = WorkerPool.Start(ShortShutdown("dq-stuck2", 2));
        using var mainGate = new LoopGate();
        using var workerGate = new LoopGate();
        await mainGate.HoldAsync(pool.Main);
        await workerGate.HoldAsync(pool.Workers[0]);
        var mainRunning = pool.Main.RunningCallbackDescription;
        var workerRunning = pool.Workers[0].RunningCallbackDescription;

        var timeout = await FaultOf<TimeoutException>(pool.StopAsync(), "StopAsync with main and a worker stuck");

        Assert.Contains("dq-stuck2-main", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("dq-stuck2-worker-0", timeout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dq-stuck2-worker-1", timeout.Message, StringComparison.Ordinal);
        Assert.Contains(mainRunning!, timeout.Message, StringComparison.Ordinal);
        Assert.Contains(workerRunning!, timeout.Message, StringComparison.Ordinal);
        Assert.True(pool.Workers[1].HasExited, "the worker that was not stuck did not exit although main was stuck");
        Assert.True(pool.IsShutdown);

        mainGate.Release();
        workerGate.Release();
        await Within(Task.WhenAll(pool.Main.Completion, pool.Workers[0].Completion), "the released threads to exit");
    }

    // "DisposeAsync and Dispose log that same message at Error through the pool's logger and return."
    [Fact]
    public async Task DisposeAsync_past_the_deadline_returns_and_logs_at_Error_the_message_StopAsync_faults_with()
    {
        var logs = new RecordingLoggerFactory();
        var pool = WorkerPool.Start(ShortShutdown("dq-dispasync", 1, logs));
        using var gate = new LoopGate();
        await gate.HoldAsync(pool.Workers[0]);

        var disposing = pool.DisposeAsync().AsTask();
        await Within(disposing, "DisposeAsync to return past the shutdown deadline");
        var disposeFault = Record.Exception(() => disposing.GetAwaiter().GetResult());
        var timeout = await FaultOf<TimeoutException>(pool.StopAsync(), "the stop task DisposeAsync ran");

        Assert.Null(disposeFault);
        var error = Assert.Single(logs.At(LogLevel.Error));
        Assert.Contains(timeout.Message, error.Message + " " + error.Exception?.Message, StringComparison.Ordinal);
        gate.Release();
        await Within(pool.Workers[0].Completion, "the released worker to exit");
    }

    [Fact]
    public async Task Dispose_with_main_stuck_returns_after_the_deadline_and_logs_the_stuck_main_at_Error()
    {
        var logs = new RecordingLoggerFactory();
        var pool = WorkerPool.Start(ShortShutdown("dq-dispsync", 1, logs));
        using var gate = new LoopGate();
        await gate.HoldAsync(pool.Main);

        var disposing = Task.Run(pool.Dispose);
        await Within(disposing, "Dispose to return past the shutdown deadline with main stuck");

        Assert.Null(disposing.Exception);
        var error = Assert.Single(logs.At(LogLevel.Error));
        Assert.Contains("dq-dispsync-main", error.Message + " " + error.Exception?.Message, StringComparison.Ordinal);
        Assert.True(pool.Workers[0].HasExited, "the worker did not exit although only main was stuck");
        gate.Release();
        await Within(pool.Main.Completion, "the released main to exit");
    }

    // WorkerPool.Dispose: "Must not be called on one of the pool's threads." <exception cref="InvalidOperationException">
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispose_called_on_one_of_the_pools_own_threads_is_refused_and_the_pool_keeps_running(bool onMain)
    {
        await using var pool = WorkerPool.Start(Options("dq-selfdisp", 1));
        var thread = onMain ? pool.Main : pool.Workers[0];

        await FaultOf<InvalidOperationException>(thread.InvokeAsync(pool.Dispose), $"Dispose on {thread.Name}");

        Assert.False(pool.IsShutdown, "a refused Dispose began shutdown");
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "a broadcast after the refused Dispose");
    }
}

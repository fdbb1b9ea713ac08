using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// "A Task form not complete within WorkerPoolOptions.BroadcastTimeout faults with TimeoutException naming every
// thread that has not run it, main included when the operation has not reached main, with the callback each loop is
// running. Callback forms have no timeout." (docs/failure-semantics.md, Slot verbs)
public sealed class BroadcastTimeoutTests
{
    private static WorkerPoolOptions ShortBroadcast(string prefix, int workers)
    {
        var options = Options(prefix, workers);
        options.BroadcastTimeout = ShortDeadline;
        return options;
    }

    [Fact]
    public async Task A_held_worker_makes_the_task_form_time_out_naming_it_and_its_callback_while_the_callback_form_completes_after_release()
    {
        var reports = new HandlerLog();
        var options = ShortBroadcast("dq-bcwk", 2);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        var held = pool.Workers[1];
        using var gate = new LoopGate();
        await gate.HoldAsync(held);
        var running = held.RunningCallbackDescription;
        var completions = 0;
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        slot.RunOnAllThreads(_ => { }, () => { Interlocked.Increment(ref completions); completed.TrySetResult(); });
        var timeout = await FaultOf<TimeoutException>(slot.RunOnAllThreadsAsync(_ => { }), "the broadcast past a held worker");

        Assert.Contains(held.Name, timeout.Message, StringComparison.Ordinal);
        Assert.Contains(running!, timeout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(pool.Workers[0].Name, timeout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(pool.Main.Name, timeout.Message, StringComparison.Ordinal);
        Assert.False(completed.Task.IsCompleted, "the callback form completed before the held worker ran it");

        gate.Release();
        await Within(completed.Task, "the callback form's completion after the worker was released");
        await Within(slot.RunOnAllThreadsAsync(_ => { }), "a later broadcast (barrier for a second completion)");
        Assert.Equal(1, Volatile.Read(ref completions));
        Assert.Empty(reports.Reports); // the timed-out broadcast finishing late completes nothing twice
        Assert.Equal(0, pool.Main.Stats.UnhandledExceptions);
    }

    [Fact]
    public async Task A_held_main_makes_SetAsync_time_out_naming_main_with_its_callback_and_every_worker()
    {
        var reports = new HandlerLog();
        var options = ShortBroadcast("dq-bcmain", 2);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        using var gate = new LoopGate();
        await gate.HoldAsync(pool.Main);
        var running = pool.Main.RunningCallbackDescription;

        var timeout = await FaultOf<TimeoutException>(slot.SetAsync(d => "late " + d.Name), "SetAsync while main is held");

        Assert.Contains(pool.Main.Name, timeout.Message, StringComparison.Ordinal);
        Assert.Contains(running!, timeout.Message, StringComparison.Ordinal);
        Assert.Contains(pool.Workers[0].Name, timeout.Message, StringComparison.Ordinal);
        Assert.Contains(pool.Workers[1].Name, timeout.Message, StringComparison.Ordinal);
        gate.Release();
        await Within(slot.RunOnAllThreadsAsync(_ => { }), "main to serve broadcasts again after release");
        Assert.Empty(reports.Reports); // the timed-out SetAsync reaching main late completes nothing twice
        Assert.Equal(0, pool.Main.Stats.UnhandledExceptions);
    }
}

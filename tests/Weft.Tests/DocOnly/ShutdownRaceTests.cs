using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Broadcasts caught by shutdown, from docs/failure-semantics.md "Slot verbs":
// "The pool shut down before the operation reached main: the Task faults with InvalidOperationException; the
// completion runs once. Main exited before the completion could run: the Task faults with InvalidOperationException;
// the completion callback is dropped."
public sealed class ShutdownRaceTests
{
    private static WorkerPoolOptions Racing(string prefix, int workers)
    {
        var options = Options(prefix, workers);
        options.ShutdownTimeout = ShortDeadline;
        options.BroadcastTimeout = Timeout.InfiniteTimeSpan; // only the shutdown can end these tasks
        return options;
    }

    [Fact]
    public async Task Broadcasts_queued_behind_a_stuck_main_when_the_pool_shuts_down_fault_with_InvalidOperationException_and_complete_once()
    {
        var pool = WorkerPool.Start(Racing("dq-beforemain", 1));
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        using var gate = new LoopGate();
        await gate.HoldAsync(pool.Main);
        var updates = 0;
        var completions = 0;
        var completed = new TaskCompletionSource<Dispatcher?>(TaskCreationOptions.RunContinuationsAsynchronously);

        var queued = slot.RunOnAllThreadsAsync(_ => Interlocked.Increment(ref updates));
        slot.RunOnAllThreads(_ => Interlocked.Increment(ref updates), () =>
        {
            Interlocked.Increment(ref completions);
            completed.TrySetResult(Dispatcher.Current);
        });
        // Main does not answer: global threading is shut down from this thread, before the two reach main.
        await FaultOf<TimeoutException>(pool.StopAsync(), "StopAsync with main stuck");
        gate.Release();

        await FaultOf<InvalidOperationException>(queued, "the Task form that reached main after shutdown");
        var ranOn = await Within(completed.Task, "the callback form's completion after shutdown");
        await Within(pool.Main.Completion, "main to exit once released");

        Assert.Same(pool.Main, ranOn);
        Assert.Equal(1, Volatile.Read(ref completions));
        Assert.Equal(0, Volatile.Read(ref updates));
    }

    [Fact]
    public async Task A_broadcast_stuck_in_a_held_workers_queue_while_main_exits_faults_with_InvalidOperationException_and_drops_its_completion()
    {
        var pool = WorkerPool.Start(Racing("dq-mainexit", 2));
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        var held = pool.Workers[0];
        using var gate = new LoopGate();
        await gate.HoldAsync(held);
        var completions = 0;

        var pending = slot.RunOnAllThreadsAsync(_ => { });
        slot.RunOnAllThreads(_ => { }, () => Interlocked.Increment(ref completions));
        await FaultOf<TimeoutException>(pool.StopAsync(), "StopAsync with worker-0 stuck");
        await Within(pool.Main.Completion, "main to exit while worker-0 is stuck");
        gate.Release();

        var fault = await FaultOf<InvalidOperationException>(pending, "the Task form whose completion could not reach main");
        await Within(held.Completion, "the released worker to exit");

        Assert.Equal(0, Volatile.Read(ref completions));
        Assert.False(string.IsNullOrEmpty(fault.Message));
    }
}

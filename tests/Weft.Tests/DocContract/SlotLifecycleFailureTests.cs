using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.DocContract;

/// <summary>docs/failure-semantics.md "Slot verbs": an exited worker is named, not waited for; after shutdown every verb is refused.</summary>
public sealed class SlotLifecycleFailureTests
{
    [Fact]
    public async Task RunOnAllThreadsAsync_faults_with_InvalidOperationException_naming_a_worker_whose_loop_exited()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static d => d.Name), "SetAsync");
        Dispatcher exited = pool.Workers[1];
        exited.Exit();
        await Bounded.Within(exited.Completion, "worker 1 exits");

        var failure = await Bounded.Faults<InvalidOperationException>(slot.RunOnAllThreadsAsync(static _ => { }), "RunOnAllThreadsAsync with worker 1 exited");

        Assert.Contains(exited.Name, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnAllThreads_still_runs_its_completion_once_when_a_worker_loop_exited()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static d => d.Name), "SetAsync");
        Dispatcher exited = pool.Workers[0];
        exited.Exit();
        await Bounded.Within(exited.Completion, "worker 0 exits");
        var completions = new ConcurrentQueue<bool>();
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Dispatcher main = pool.Main;

        slot.RunOnAllThreads(static _ => { }, () =>
        {
            completions.Enqueue(main.IsCurrentThread);
            completed.TrySetResult();
        });
        await Bounded.Within(completed.Task, "the completion with worker 0 exited");
        await Bounded.Within(main.InvokeAsync(static () => { }), "a round trip through main");

        Assert.Equal([true], completions);
    }

    [Fact]
    public async Task After_shutdown_every_verb_throws_InvalidOperationException_and_Dispose_is_a_no_op()
    {
        WorkerPool pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, GuardDog = null, StatsFlushInterval = TimeSpan.Zero });
        Slot<string> slot = pool.AllocateSlot<string>();
        await Bounded.Within(pool.StopAsync(), "stopping the pool");

        Assert.True(pool.IsShutdown);
        Assert.Throws<InvalidOperationException>(() => slot.Set(static _ => "v"));
        Assert.Throws<InvalidOperationException>(() => slot.Publish("v"));
        Assert.Throws<InvalidOperationException>(() => slot.Publish("v", static () => { }));
        Assert.Throws<InvalidOperationException>(() => slot.RunOnAllThreads(static _ => { }));
        Assert.Throws<InvalidOperationException>(() => slot.RunOnAllThreads(static _ => { }, static () => { }));
        Assert.Throws<InvalidOperationException>(() => pool.AllocateSlot<string>());
        Assert.Throws<InvalidOperationException>(() => pool.AddWorker());
        slot.Dispose();
    }

    [Fact]
    public async Task After_shutdown_the_Task_forms_fault_with_InvalidOperationException()
    {
        WorkerPool pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, GuardDog = null, StatsFlushInterval = TimeSpan.Zero });
        Slot<string> slot = pool.AllocateSlot<string>();
        await Bounded.Within(pool.StopAsync(), "stopping the pool");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Bounded.Within(slot.SetAsync(static _ => "v"), "slot.SetAsync after shutdown"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Bounded.Within(slot.PublishAsync("v"), "slot.PublishAsync after shutdown"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Bounded.Within(slot.RunOnAllThreadsAsync(static _ => { }), "slot.RunOnAllThreadsAsync after shutdown"));
    }
}

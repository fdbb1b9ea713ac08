using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.Slots;

/// <summary>
/// A slot verb that meets a loop which exited on its own (<see cref="Dispatcher.Exit"/>, not the pool's shutdown): a
/// worker it cannot reach, a main that refuses the operation or its completion. Each outcome is named in full: which
/// verb, which slot, which threads, and why.
/// </summary>
public sealed class ExitedLoopFanOutTests
{
    [Fact]
    public async Task PublishAsync_names_every_worker_whose_loop_exited()
    {
        await using var pool = WorkerPool.Start(Options(3, "gone"));
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetEverywhereAsync(d => new TrackedValue(d));
        await ExitAsync(pool.Workers[1]);
        await ExitAsync(pool.Workers[2]);

        InvalidOperationException error = await FaultOf<InvalidOperationException>(slot.PublishAsync(new TrackedValue(pool.Main)), "PublishAsync past two exited workers");

        Assert.Equal($"PublishAsync on {slot} could not reach 'gone-worker-1', 'gone-worker-2': that worker's loop has exited.", error.Message);
    }

    [Fact]
    public async Task A_throw_on_one_worker_and_an_exited_other_are_both_named_in_one_fault()
    {
        await using var pool = WorkerPool.Start(Options(2, "mixed"));
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetEverywhereAsync(d => new TrackedValue(d));
        await ExitAsync(pool.Workers[1]);
        Dispatcher throwing = pool.Workers[0];

        AggregateException error = await FaultOf<AggregateException>(
            slot.RunOnAllThreadsAsync(v =>
            {
                if (v.Owner == throwing)
                {
                    throw new FormatException("worker boom");
                }
            }),
            "RunOnAllThreadsAsync throwing on one worker past an exited one");

        string what = $"RunOnAllThreads on {slot}";
        string unreachable = $"{what} could not reach 'mixed-worker-1': that worker's loop has exited.";
        Assert.Equal(
            $"{what} threw on 'mixed-worker-0'; it could not reach 'mixed-worker-1' (loop exited). (worker boom) ({unreachable})",
            error.Message);
        Assert.Collection(
            error.InnerExceptions,
            e => Assert.Equal("mixed-worker-0", Assert.IsType<FormatException>(e).Data["Weft.Dispatcher"]),
            e => Assert.Equal(unreachable, Assert.IsType<InvalidOperationException>(e).Message));
    }

    [Fact]
    public async Task A_verb_called_after_main_exited_on_its_own_is_refused_on_the_callers_thread()
    {
        await using var pool = WorkerPool.Start(Options(1, "headless"));
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await ExitAsync(pool.Main);

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => { _ = slot.SetAsync(d => new TrackedValue(d)); });

        Assert.Equal("Cannot run on all threads: the worker pool is shut down (its main loop has exited).", refused.Message);
    }

    [Fact]
    public async Task A_Task_form_whose_completion_cannot_reach_an_exited_main_faults_saying_so()
    {
        await using var pool = WorkerPool.Start(Options(2, "orphan"));
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetEverywhereAsync(d => new TrackedValue(d));
        Dispatcher held = pool.Workers[0];
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        int ran = 0;

        // Worker 0 is the last to finish: its step holds until main has exited, so the completion has nowhere to run.
        Task broadcast = slot.RunOnAllThreadsAsync(v =>
        {
            Interlocked.Increment(ref ran);
            if (v.Owner == held)
            {
                entered.Set();
                release.Wait(TestWait.Timeout);
            }
        });
        entered.Wait("worker 0 to enter the step");
        await ExitAsync(pool.Main);
        release.Set();

        InvalidOperationException error = await FaultOf<InvalidOperationException>(broadcast, "a broadcast whose completion meets an exited main");

        Assert.Equal($"RunOnAllThreads on {slot} ran, but its completion could not: main's loop exited (shutdown) first.", error.Message);
        Assert.Equal(3, Volatile.Read(ref ran));
    }

    [Fact]
    public async Task A_pool_with_more_threads_than_a_pooled_operation_holds_runs_the_step_on_every_one()
    {
        // A pooled operation starts with room for 8 threads and grows at least to the thread count: 17 workers + main
        // is more than twice that, so growth by doubling alone would fall short.
        await using var pool = WorkerPool.Start(Options(17, "wide"));
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetEverywhereAsync(d => new TrackedValue(d));
        var ranOn = new System.Collections.Concurrent.ConcurrentBag<string>();

        await Bounded(slot.RunOnAllThreadsAsync(v => ranOn.Add(v.Owner.Name)), "a broadcast to 18 threads");

        Assert.Equal(pool.AllThreads().Select(d => d.Name).Order(), ranOn.Order());
    }

    [Fact]
    public async Task A_completed_operation_keeps_no_reference_to_the_callers_update()
    {
        await using var pool = WorkerPool.Start(Options(1, "forget"));
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetEverywhereAsync(d => new TrackedValue(d));

        (Task broadcast, WeakReference captured) = BroadcastWithACapturedObject(slot);
        await Bounded(broadcast, "a broadcast capturing a payload");
        pool.Main.Flush();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // The operation object is pooled and reused: holding the step after completion would keep whatever the
        // caller's lambda captured alive until the next broadcast of the same kind.
        Assert.False(captured.IsAlive, "the pooled operation still references the update of a completed broadcast");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Task Broadcast, WeakReference Payload) BroadcastWithACapturedObject(Slot<TrackedValue> slot)
    {
        var payload = new object[] { new byte[1024] };
        return (slot.RunOnAllThreadsAsync(v => v.Counter += payload.Length), new WeakReference(payload));
    }

    private static WorkerPoolOptions Options(int workers, string prefix) => new()
    {
        WorkerCount = workers,
        ThreadNamePrefix = prefix,
        GuardDog = null,
        StatsFlushInterval = TimeSpan.Zero,
        BroadcastTimeout = TimeSpan.FromSeconds(60),
        ShutdownTimeout = TimeSpan.FromSeconds(10),
    };

    private static async Task ExitAsync(Dispatcher loop)
    {
        loop.Exit();
        await Bounded(loop.Completion, $"{loop.Name}'s loop to exit");
    }

    private static async Task Bounded(Task task, string what)
    {
        Task finished = await Task.WhenAny(task, Task.Delay(TestWait.Timeout));
        Assert.True(finished == task, $"{what} did not complete within {TestWait.Timeout.TotalSeconds} s");
        await task;
    }

    private static async Task<TException> FaultOf<TException>(Task task, string what)
        where TException : Exception
    {
        Task finished = await Task.WhenAny(task, Task.Delay(TestWait.Timeout));
        Assert.True(finished == task, $"{what} did not complete within {TestWait.Timeout.TotalSeconds} s (it must fault)");
        return await Assert.ThrowsAsync<TException>(() => task);
    }
}

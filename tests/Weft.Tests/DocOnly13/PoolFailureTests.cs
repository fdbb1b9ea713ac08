using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>
/// Slot operations overtaken by exits and shutdowns, and a stalled main (docs/failure-semantics.md "Slot verbs",
/// "Shutdown"). Every Task here must complete: the docs say what it faults with, never that it may hang.
/// </summary>
public sealed class PoolFailureTests
{
    private static (ManualResetEventSlim Release, ManualResetEventSlim Entered) Hold(Dispatcher loop)
    {
        var entered = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        loop.Post(() => { entered.Set(); Kit13.WaitSet(release, $"the test to release {loop.Name}"); });
        Kit13.WaitSet(entered, $"{loop.Name} to block");
        return (release, entered);
    }

    // Doc: "Main exited before the completion could run: the Task faults with InvalidOperationException; the completion
    // callback is dropped." Slot.Publish(value, onAllApplied): "dropped if main's loop has exited by then".
    [Fact]
    public async Task A_broadcast_whose_completion_finds_main_exited_faults_its_Task_and_drops_the_callback()
    {
        await using var pool = SlotTests.StartPool(1, configure: o => { o.BroadcastTimeout = Timeout.InfiniteTimeSpan; o.ShutdownTimeout = TimeSpan.FromSeconds(2); });
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("x"), "the first publish");
        Dispatcher worker = pool.Workers[0];
        var (release, entered) = Hold(worker);
        int completions = 0;
        Task published;
        try
        {
            published = slot.PublishAsync("y");
            slot.Publish("z", () => Interlocked.Increment(ref completions));
            // Both reached main (it runs them in order) before main is told to exit: the workers still hold them.
            await Kit13.Within(pool.Main.InvokeAsync(() => { }), "main to have taken both publishes");
            pool.Main.Exit();
            await Kit13.Within(pool.Main.Completion, "main to exit");
        }
        finally
        {
            release.Set();
        }
        await Kit13.Within(published, "PublishAsync whose completion finds main exited (BroadcastTimeout is infinite)");
        Assert.True(published.IsFaulted, $"PublishAsync ended {published.Status}");
        Assert.Contains(published.Exception!.Flatten().InnerExceptions, e => e is InvalidOperationException);
        await Kit13.Within(worker.InvokeAsync(() => { }), "the worker to run once more");
        Assert.Equal(0, Volatile.Read(ref completions));
        release.Dispose();
        entered.Dispose();
    }

    // Doc: "A shutdown that overtakes an operation already queued faults its Task"; "The pool shut down before the
    // operation reached main: the Task faults with InvalidOperationException; the completion runs once." Main is held,
    // so StopAsync shuts global threading down from the stopping thread ("When main does not answer").
    [Fact]
    public async Task Operations_queued_behind_a_stalled_main_that_a_shutdown_overtakes_fault_and_their_completion_runs_once()
    {
        var pool = SlotTests.StartPool(1, configure: o => { o.ShutdownTimeout = TimeSpan.FromMilliseconds(300); o.BroadcastTimeout = Timeout.InfiniteTimeSpan; });
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("x"), "the first publish");
        var (release, entered) = Hold(pool.Main);
        Task set, stop;
        int completions = 0;
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            set = slot.SetAsync(_ => "queued");
            slot.RunOnAllThreads(_ => { }, () => { Interlocked.Increment(ref completions); completed.TrySetResult(); });
            stop = pool.StopAsync();
            await Kit13.Within(stop, "StopAsync with main stalled");
            Assert.True(pool.IsShutdown);
        }
        finally
        {
            release.Set();
        }
        await Kit13.Within(set, "SetAsync overtaken by the shutdown (BroadcastTimeout is infinite)");
        Assert.True(set.IsFaulted, $"SetAsync ended {set.Status}");
        Assert.Contains(set.Exception!.Flatten().InnerExceptions, e => e is InvalidOperationException);
        await Kit13.Within(completed.Task, "the overtaken callback form's completion");
        Assert.Equal(1, Volatile.Read(ref completions));
        await pool.DisposeAsync();
        release.Dispose();
        entered.Dispose();
    }

    // Doc: "StopAsync ... Past it, it faults with a TimeoutException naming each thread that has not exited ... When main
    // does not answer, global threading is shut down from the stopping thread and the workers still exit."
    [Fact]
    public async Task StopAsync_with_main_stalled_names_main_and_the_workers_still_exit()
    {
        var pool = SlotTests.StartPool(2, configure: o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(300));
        var (release, entered) = Hold(pool.Main);
        try
        {
            Task stop = pool.StopAsync();
            await Kit13.Within(stop, "StopAsync with main stalled");
            var timeout = Assert.IsType<TimeoutException>(stop.Exception!.InnerException);
            Assert.Contains(pool.Main.Name, timeout.Message, StringComparison.Ordinal);
            foreach (Dispatcher w in pool.Workers)
            {
                await Kit13.Within(w.Completion, $"{w.Name} to exit although main is stalled");
                Assert.DoesNotContain(w.Name, timeout.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            release.Set();
        }
        await Kit13.Within(pool.Main.Completion, "main to exit once released");
        release.Dispose();
        entered.Dispose();
    }

    // Doc: the BroadcastTimeout fault names "every thread that has not run it, main included when the operation has not
    // reached main".
    [Fact]
    public async Task A_broadcast_that_never_reached_a_stalled_main_times_out_naming_main_and_every_worker()
    {
        await using var pool = SlotTests.StartPool(2, configure: o => o.BroadcastTimeout = TimeSpan.FromMilliseconds(300));
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("x"), "the first publish");
        var (release, entered) = Hold(pool.Main);
        try
        {
            Task run = slot.RunOnAllThreadsAsync(_ => { });
            await Kit13.Within(run, "the broadcast timeout with main stalled");
            var timeout = Assert.IsType<TimeoutException>(run.Exception!.InnerException);
            foreach (Dispatcher d in SlotTests.AllThreads(pool))
            {
                Assert.Contains(d.Name, timeout.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            release.Set();
        }
        release.Dispose();
        entered.Dispose();
    }

    // Doc (Slot.Dispose): "Frees the slot: on main at once, from a worker by posting the removal to main ... the index is
    // reused"; SlotRegistry: each worker sees "a null-out before any set on a reused index". A slot allocated after the
    // disposal never shows the old slot's value.
    [Fact]
    public async Task A_slot_disposed_from_a_worker_is_freed_and_a_new_slot_never_sees_its_old_values()
    {
        await using var pool = SlotTests.StartPool(2);
        Slot<string> old = pool.AllocateSlot<string>();
        await Kit13.Within(old.SetAsync(d => "old:" + d.Name), "the old slot's set");
        await Kit13.Within(pool.Workers[1].InvokeAsync(() => old.Dispose()), "Dispose called on a worker");
        // The removal was posted to main; a round trip through main and then every thread sees it through.
        await Kit13.Within(pool.Main.InvokeAsync(() => { }), "main to take the removal");
        await Kit13.Within(Task.WhenAll(SlotTests.AllThreads(pool).Select(d => d.InvokeAsync(() => { }))), "every thread to run once more");

        var ran = new ConcurrentQueue<string>();
        await Kit13.Within(old.RunOnAllThreadsAsync(_ => ran.Enqueue("ran")), "a broadcast on the disposed slot");
        Assert.Empty(ran);

        for (int i = 0; i < 4; i++)
        {
            Slot<string> fresh = pool.AllocateSlot<string>();
            Assert.Equal(new[] { "-", "-", "-" }, await SlotTests.ValuesAsync(pool, fresh));
            await Kit13.Within(pool.Main.InvokeAsync(() => fresh.Dispose()), "the fresh slot's disposal on main");
        }
    }
}

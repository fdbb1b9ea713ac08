using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.Slots;

/// <summary>The bugs Envoy hit with thread-local slots, each as a test that would catch it here.</summary>
public sealed class EnvoyPitfallTests
{
    [Fact]
    public async Task Envoy_7902_a_slot_disposed_while_its_updates_were_queued_runs_none_of_them()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d));
        int touchedAfterFree = 0;
        int ranAfterDispose = 0;
        int ranOnBlockedWorker = 0;
        Dispatcher blocked = pool.Workers[0];
        using (Gate gate = Gate.Block(blocked))
        {
            for (int i = 0; i < 100; i++)
            {
                slot.RunOnAllThreads(v =>
                {
                    if (v.DisposeCount != 0)
                    {
                        Interlocked.Increment(ref touchedAfterFree);
                    }

                    // In Envoy the slot's owner is gone once it is disposed: an update reaching it then is #7902's use-after-free.
                    if (slot.IsDisposed)
                    {
                        Interlocked.Increment(ref ranAfterDispose);
                    }

                    if (Dispatcher.Current == blocked)
                    {
                        Interlocked.Increment(ref ranOnBlockedWorker);
                    }
                });
            }

            // The pitfall is an update still queued when the slot goes: let main fan the updates out and the free
            // worker run its share first. An update already running on a free thread while Dispose flips IsDisposed
            // is no use-after-free, and under load it made this test count one (seen once in CI, 2026-11-30).
            pool.Main.Flush();
            pool.Workers[1].Flush();
            slot.Dispose();
            pool.Main.Flush();
            Assert.True(slot.IsDisposed, "the disposal had not reached main");
            gate.Release();
        }

        pool.Settle();
        Assert.Equal(0, touchedAfterFree);
        Assert.Equal(0, ranAfterDispose);
        // All 100 updates were queued on the blocked worker behind the gate, ahead of the null-out: none may run.
        Assert.Equal(0, ranOnBlockedWorker);
        Assert.False(blocked.Invoke(() => slot.TryGet(out _)));
    }

    [Fact]
    public async Task Envoy_32427_an_owner_freed_on_main_is_not_reached_by_worker_callbacks_still_queued()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        var owner = new OwnerWithSlot(pool);
        await owner.Slot.SetAsync(d => new TrackedValue(d));
        using (Gate gate0 = Gate.Block(pool.Workers[0]))
        using (Gate gate1 = Gate.Block(pool.Workers[1]))
        {
            owner.ScheduleWork();
            pool.Main.Post(owner.Dispose);
            pool.Main.Flush();
            gate0.Release();
            gate1.Release();
        }

        pool.Settle();
        Assert.True(owner.IsDisposed);
        Assert.Equal(0, owner.CallbacksAfterDispose);
    }

    [Fact]
    public async Task Envoy_47052_slots_set_before_workers_registered_reach_them()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 0 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d, "early"));
        Dispatcher first = pool.AddWorker();
        Dispatcher second = pool.AddWorker();
        pool.Settle();
        Assert.Equal("early", first.Invoke(() => slot.Get().Name));
        Assert.Same(second, second.Invoke(() => slot.Get().Owner));
    }

    [Fact]
    public async Task Envoy_33395_a_slot_destroyed_on_a_worker_thread_is_removed_safely()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        var built = new System.Collections.Concurrent.ConcurrentBag<TrackedValue>();
        await slot.SetAsync(d =>
        {
            var v = new TrackedValue(d);
            built.Add(v);
            return v;
        });
        pool.Workers[1].Post(slot.Dispose);
        pool.Workers[1].Flush();
        pool.Settle();
        Assert.True(slot.IsDisposed);
        Assert.All(built, v => Assert.Equal(v.CreatedOnThread, v.DisposedOnThread));
    }

    [Fact]
    public async Task A_completion_that_cannot_happen_times_out_naming_the_stalled_worker()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, BroadcastTimeout = TimeSpan.FromMilliseconds(300) });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetEverywhereAsync(d => new TrackedValue(d));
        using Gate gate = Gate.Block(pool.Workers[1]);
        var error = await Assert.ThrowsAsync<TimeoutException>(() => slot.RunOnAllThreadsAsync(_ => { }));
        Assert.Contains("'weft-worker-1'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'weft-worker-0'", error.Message, StringComparison.Ordinal);
        gate.Release();
    }

    [Fact]
    public async Task A_broadcast_to_a_worker_whose_loop_exited_faults_naming_it()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d));
        pool.Workers[0].Exit();
        pool.Workers[0].Completion.Completes("worker exit");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => slot.RunOnAllThreadsAsync(_ => { }));
        Assert.Contains("'weft-worker-0'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An owner that schedules worker work through its slot, never capturing itself in the callbacks.</summary>
    private sealed class OwnerWithSlot(WorkerPool pool) : IDisposable
    {
        private int _callbacksAfterDispose;

        public Slot<TrackedValue> Slot { get; } = pool.AllocateSlot<TrackedValue>();

        public bool IsDisposed { get; private set; }

        public int CallbacksAfterDispose => _callbacksAfterDispose;

        public void ScheduleWork()
        {
            for (int i = 0; i < 50; i++)
            {
                Slot.RunOnAllThreads(v =>
                {
                    if (IsDisposed)
                    {
                        Interlocked.Increment(ref _callbacksAfterDispose);
                    }
                });
            }
        }

        public void Dispose()
        {
            IsDisposed = true;
            Slot.Dispose();
        }
    }
}

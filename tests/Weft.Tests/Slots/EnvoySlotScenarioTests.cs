using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.Slots;

/// <summary>Each scenario of Envoy's thread_local_impl_test.cc, on a real pool.</summary>
public sealed class EnvoySlotScenarioTests
{
    [Fact]
    public async Task A_slot_freed_without_being_set_is_recycled()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        Slot<object> first = pool.AllocateSlot<object>();
        int index = first.Index;
        first.Dispose();
        pool.Settle();
        Slot<object> second = pool.AllocateSlot<object>();
        Assert.Equal(index, second.Index);
        Assert.True(first.IsDisposed);
        Assert.False(second.IsDisposed);
    }

    [Fact]
    public async Task Set_and_dispose_post_to_every_worker_and_free_each_value_on_its_own_thread()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 3 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        var built = new List<TrackedValue>();
        await slot.SetAsync(d =>
        {
            var value = new TrackedValue(d);
            lock (built)
            {
                built.Add(value);
            }

            return value;
        });
        Assert.Equal(4, built.Count);
        Assert.Equal(pool.AllThreads().Select(d => d.Name).Order(), built.Select(v => v.Owner.Name).Order());

        slot.Dispose();
        pool.Settle();
        Assert.All(built, v =>
        {
            Assert.Equal(1, v.DisposeCount);
            Assert.Equal(v.CreatedOnThread, v.DisposedOnThread);
        });
    }

    [Fact]
    public async Task After_shutdown_dispose_posts_nothing_and_allocation_is_refused()
    {
        var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d));
        await pool.StopAsync();

        Assert.True(pool.IsShutdown);
        Assert.True(pool.Registry.IsShutdown);
        slot.Dispose();
        Assert.False(slot.IsDisposed);
        var error = Assert.Throws<InvalidOperationException>(() => pool.AllocateSlot<object>());
        Assert.Contains("shut down", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => slot.Set(d => new TrackedValue(d)));
        Assert.Throws<InvalidOperationException>(() => slot.RunOnAllThreads(_ => { }));
        Assert.Throws<ObjectDisposedException>(() => pool.Workers[0].Post(() => { }));
        Assert.Throws<ObjectDisposedException>(() => pool.Main.Post(() => { }));
    }

    [Fact]
    public async Task Shutdown_frees_each_threads_values_in_reverse_allocation_order_on_that_thread()
    {
        var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        var log = new List<string>();
        var slots = Enumerable.Range(0, 4).Select(_ => pool.AllocateSlot<TrackedValue>()).ToList();
        var values = new List<TrackedValue>();
        for (int i = 0; i < slots.Count; i++)
        {
            string name = "s" + i;
            await slots[i].SetAsync(d =>
            {
                var v = new TrackedValue(d, name, log);
                lock (values)
                {
                    values.Add(v);
                }

                return v;
            });
        }

        // Dispose and reallocate so allocation order and index order differ.
        slots[1].Dispose();
        pool.Settle();
        lock (log)
        {
            log.Clear();
        }

        Slot<TrackedValue> late = pool.AllocateSlot<TrackedValue>();
        Assert.Equal(slots[1].Index, late.Index);
        await late.SetAsync(d => new TrackedValue(d, "late", log));

        await pool.StopAsync();
        foreach (Dispatcher thread in pool.AllThreads())
        {
            var freedHere = log.Where(e => e.StartsWith(thread.Name + ":", StringComparison.Ordinal)).Select(e => e[(thread.Name.Length + 1)..]);
            Assert.Equal(new[] { "late", "s3", "s2", "s0" }, freedHere);
        }

        Assert.All(values.Where(v => v.DisposeCount > 0), v => Assert.Equal(v.CreatedOnThread, v.DisposedOnThread));
    }

    [Fact]
    public async Task Callbacks_queued_for_a_disposed_slot_do_nothing_but_complete_still_fires_and_the_index_is_recycled()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d));
        int index = slot.Index;
        int ranOnWorkers = 0;
        int completions = 0;
        using var completed = new ManualResetEventSlim();
        bool completedOnMain = false;

        using (Gate gate0 = Gate.Block(pool.Workers[0]))
        using (Gate gate1 = Gate.Block(pool.Workers[1]))
        {
            pool.Main.Post(() =>
            {
                slot.RunOnAllThreads(
                    v =>
                    {
                        if (!v.Owner.Equals(pool.Main))
                        {
                            Interlocked.Increment(ref ranOnWorkers);
                        }
                    },
                    () =>
                    {
                        completions++;
                        completedOnMain = pool.Main.IsCurrentThread;
                        completed.Set();
                    });
                slot.Dispose();
            });
            pool.Main.Flush();
            gate0.Release();
            gate1.Release();
        }

        completed.Wait("the completion");
        pool.Settle();
        Assert.Equal(0, ranOnWorkers);
        Assert.Equal(1, completions);
        Assert.True(completedOnMain);
        Assert.Equal(index, pool.AllocateSlot<object>().Index);
    }

    [Fact]
    public async Task Update_callbacks_mutate_each_threads_value_visibly_to_later_reads_on_that_thread()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 3 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d));
        await slot.RunOnAllThreadsAsync(v => v.Counter += 5);
        await slot.RunOnAllThreadsAsync(v => v.Counter *= 2);
        foreach (Dispatcher thread in pool.AllThreads())
        {
            Assert.Equal(10, thread.Invoke(() => slot.Get().Counter));
            Assert.Same(thread, thread.Invoke(() => slot.Get().Owner));
        }
    }

    [Fact]
    public async Task A_null_value_gives_an_empty_read()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1 });
        Slot<object> slot = pool.AllocateSlot<object>();
        await slot.SetAsync(_ => null);
        foreach (Dispatcher thread in pool.AllThreads())
        {
            Assert.False(thread.Invoke(() => slot.TryGet(out _)));
            var error = thread.Invoke(() => Record.Exception(() => slot.Get()));
            Assert.IsType<InvalidOperationException>(error);
        }

        int ran = 0;
        await slot.RunOnAllThreadsAsync(_ => Interlocked.Increment(ref ran));
        Assert.Equal(0, ran);
    }

    [Fact]
    public async Task Completion_fires_on_main_only_after_every_thread_ran()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 4 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d));
        int ran = 0;
        int ranAtCompletion = -1;
        using var done = new ManualResetEventSlim();
        slot.RunOnAllThreads(_ => Interlocked.Increment(ref ran), () =>
        {
            ranAtCompletion = Volatile.Read(ref ran);
            done.Set();
        });
        done.Wait("completion");
        Assert.Equal(5, ranAtCompletion);
    }

    [Fact]
    public async Task Each_thread_sees_its_own_dispatcher()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 3 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d));
        foreach (Dispatcher thread in pool.AllThreads())
        {
            var (owner, current, registered) = thread.Invoke(() => (slot.Get().Owner, Dispatcher.Current, slot.CurrentThreadRegistered));
            Assert.Same(thread, owner);
            Assert.Same(thread, current);
            Assert.True(registered);
        }

        Assert.False(slot.CurrentThreadRegistered);
    }

    [Fact]
    public async Task Disposing_on_a_worker_posts_the_removal_to_main()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d));
        using (Gate mainBlocked = Gate.Block(pool.Main))
        {
            bool disposedRightAway = pool.Workers[0].Invoke(() =>
            {
                slot.Dispose();
                return slot.IsDisposed;
            });
            Assert.False(disposedRightAway);
            mainBlocked.Release();
        }

        pool.Settle();
        Assert.True(slot.IsDisposed);
        Assert.False(pool.Workers[1].Invoke(() => slot.TryGet(out _)));
    }

    [Fact]
    public async Task Late_registration_replays_live_slots_and_skips_dead_and_reused_ones()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1 });
        Slot<TrackedValue> live = pool.AllocateSlot<TrackedValue>();
        Slot<TrackedValue> dead = pool.AllocateSlot<TrackedValue>();
        Slot<TrackedValue> reusedOld = pool.AllocateSlot<TrackedValue>();
        int deadBuilds = 0;
        int oldBuilds = 0;
        await live.SetAsync(d => new TrackedValue(d, "live"));
        await dead.SetAsync(d =>
        {
            Interlocked.Increment(ref deadBuilds);
            return new TrackedValue(d, "dead");
        });
        await reusedOld.SetAsync(d =>
        {
            Interlocked.Increment(ref oldBuilds);
            return new TrackedValue(d, "old");
        });
        dead.Dispose();
        reusedOld.Dispose();
        pool.Settle();
        Slot<TrackedValue> reusedNew = pool.AllocateSlot<TrackedValue>();
        Assert.Equal(reusedOld.Index, reusedNew.Index);
        await reusedNew.SetAsync(d => new TrackedValue(d, "new"));
        int deadBefore = deadBuilds;
        int oldBefore = oldBuilds;

        Dispatcher late = pool.AddWorker();
        pool.Settle();

        Assert.Equal("live", late.Invoke(() => live.Get().Name));
        Assert.Equal("new", late.Invoke(() => reusedNew.Get().Name));
        Assert.Same(late, late.Invoke(() => live.Get().Owner));
        Assert.False(late.Invoke(() => dead.TryGet(out _)));
        Assert.False(late.Invoke(() => reusedOld.TryGet(out _)));
        Assert.Equal(deadBefore, deadBuilds);
        Assert.Equal(oldBefore, oldBuilds);
        Assert.Contains(late, pool.Workers);

        // Later changes reach the late worker too.
        await live.RunOnAllThreadsAsync(v => v.Counter++);
        Assert.Equal(1, late.Invoke(() => live.Get().Counter));
    }

    [Fact]
    public async Task Get_off_a_pool_thread_throws_a_clear_error_naming_the_type()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        var error = Assert.Throws<InvalidOperationException>(() => slot.Get());
        Assert.Contains(typeof(TrackedValue).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a thread of a worker pool", error.Message, StringComparison.Ordinal);
        var notSet = pool.Workers[0].Invoke(() => Record.Exception(() => slot.Get()));
        Assert.True(notSet!.Message.Contains("no value was set", StringComparison.Ordinal), notSet.Message);
    }

    [Fact]
    public async Task Publish_shares_one_instance_by_reference_and_never_disposes_it()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        var shared = new TrackedValue(pool.Main, "shared");
        await slot.PublishAsync(shared);
        foreach (Dispatcher thread in pool.AllThreads())
        {
            Assert.Same(shared, thread.Invoke(() => slot.Get()));
        }

        await slot.PublishAsync(new TrackedValue(pool.Main, "next"));
        slot.Dispose();
        pool.Settle();
        Assert.Equal(0, shared.DisposeCount);
    }

    [Fact]
    public async Task Replacing_an_owned_value_frees_the_old_one_on_its_thread()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        var first = new List<TrackedValue>();
        await slot.SetAsync(d =>
        {
            var v = new TrackedValue(d);
            lock (first)
            {
                first.Add(v);
            }

            return v;
        });
        await slot.SetAsync(d => new TrackedValue(d));
        Assert.All(first, v =>
        {
            Assert.Equal(1, v.DisposeCount);
            Assert.Equal(v.CreatedOnThread, v.DisposedOnThread);
        });
    }
}

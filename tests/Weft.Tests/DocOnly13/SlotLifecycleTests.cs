using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>Slot values' lifetimes: replay order on late workers, disposal on replace and at shutdown, skipped threads.</summary>
public sealed class SlotLifecycleTests
{
    private sealed class Owned(string slot, ConcurrentQueue<(string Slot, string? Thread, int ThreadId)> freed) : IDisposable
    {
        public void Dispose() => freed.Enqueue((slot, Dispatcher.Current?.Name, Environment.CurrentManagedThreadId));
    }

    // Doc (AddWorker): "every live slot is replayed onto it, oldest first, before any later change reaches it".
    [Fact]
    public async Task A_late_worker_gets_every_live_slot_replayed_oldest_first()
    {
        await using var pool = SlotTests.StartPool(1);
        var calls = new ConcurrentQueue<(string Slot, string Thread)>();
        var slots = new List<Slot<string>>();
        foreach (string name in new[] { "a", "b", "c", "d" })
        {
            Slot<string> slot = pool.AllocateSlot<string>();
            slots.Add(slot);
            await Kit13.Within(slot.SetAsync(d => { calls.Enqueue((name, d.Name)); return name + "@" + d.Name; }), $"slot {name}'s set");
        }
        // A disposed slot is not live: it is not replayed.
        await Kit13.Within(pool.Main.InvokeAsync(() => slots[1].Dispose()), "slot b's disposal");

        Dispatcher late = await (await Kit13.Within(pool.AddWorkerAsync(), "AddWorkerAsync"));
        var order = calls.Where(c => c.Thread == late.Name).Select(c => c.Slot).ToArray();
        Assert.Equal(new[] { "a", "c", "d" }, order);
        Assert.Equal(new[] { "a", "-", "c", "d" }, await late.InvokeAsync(() => slots.Select(s => s.TryGet(out string? v) ? v.Split('@')[0] : "-").ToArray()));
    }

    // Doc (Set): "Values that are IDisposable are disposed on their own thread when replaced, when the slot is disposed
    // and at shutdown"; StopAsync: "each worker frees its slot values in reverse allocation order on its own thread".
    [Fact]
    public async Task Set_values_are_freed_on_their_own_thread_when_replaced_and_at_shutdown_in_reverse_allocation_order()
    {
        var freed = new ConcurrentQueue<(string Slot, string? Thread, int ThreadId)>();
        var pool = SlotTests.StartPool(2);
        var threadIds = new Dictionary<string, int>();
        foreach (Dispatcher d in SlotTests.AllThreads(pool))
        {
            threadIds[d.Name] = await d.InvokeAsync(() => Environment.CurrentManagedThreadId);
        }
        var slots = new[] { "first", "second", "third" }.Select(n => (Name: n, Slot: pool.AllocateSlot<Owned>())).ToArray();
        foreach (var (name, slot) in slots)
        {
            await Kit13.Within(slot.SetAsync(_ => new Owned(name + ":old", freed)), $"{name}'s first set");
        }
        await Kit13.Within(slots[0].Slot.SetAsync(_ => new Owned("first:new", freed)), "first's replacing set");
        var replaced = freed.ToArray();
        Assert.Equal(3, replaced.Length);
        Assert.All(replaced, f => Assert.Equal("first:old", f.Slot));
        Assert.All(replaced, f => Assert.Equal(threadIds[f.Thread!], f.ThreadId));
        Assert.Equal(threadIds.Keys.OrderBy(k => k), replaced.Select(f => f.Thread!).OrderBy(k => k));

        await Kit13.Within(pool.StopAsync(), "StopAsync");
        var atShutdown = freed.Skip(3).ToArray();
        foreach (string thread in threadIds.Keys)
        {
            var onThread = atShutdown.Where(f => f.ThreadId == threadIds[thread]).Select(f => f.Slot).ToArray();
            Assert.Equal(new[] { "third:old", "second:old", "first:new" }, onThread);
        }
        Assert.Equal(9, atShutdown.Length);
        await pool.DisposeAsync();
    }

    // Doc (Publish): "The slot never disposes a published value: it is shared."
    [Fact]
    public async Task Published_values_are_never_disposed_by_the_slot()
    {
        var freed = new ConcurrentQueue<(string Slot, string? Thread, int ThreadId)>();
        var pool = SlotTests.StartPool(2);
        Slot<Owned> slot = pool.AllocateSlot<Owned>();
        await Kit13.Within(slot.PublishAsync(new Owned("one", freed)), "the first publish");
        await Kit13.Within(slot.PublishAsync(new Owned("two", freed)), "the replacing publish");
        await Kit13.Within(pool.Main.InvokeAsync(() => slot.Dispose()), "the slot's disposal");
        Slot<Owned> other = pool.AllocateSlot<Owned>();
        await Kit13.Within(other.PublishAsync(new Owned("three", freed)), "another slot's publish");
        await Kit13.Within(pool.StopAsync(), "StopAsync");
        Assert.Empty(freed);
        await pool.DisposeAsync();
    }

    // Doc (RunOnAllThreads): "Threads with no value are skipped"; Set: when the initializer throws on a worker, "that
    // worker keeps its previous value" — here none.
    [Fact]
    public async Task A_thread_left_without_a_value_is_skipped_by_broadcasts_which_then_succeed()
    {
        await using var pool = SlotTests.StartPool(2, (_, _) => { });
        Slot<string> slot = pool.AllocateSlot<string>();
        Dispatcher empty = pool.Workers[0];
        Task set = slot.SetAsync(d => d == empty ? throw new InvalidOperationException("no value here") : "v");
        await Kit13.Within(set, "SetAsync that throws on one worker");
        Assert.True(set.IsFaulted);
        Assert.Equal(new[] { "v", "-", "v" }, await SlotTests.ValuesAsync(pool, slot));

        var ranOn = new ConcurrentQueue<string>();
        Task run = slot.RunOnAllThreadsAsync(_ => ranOn.Enqueue(Dispatcher.Current!.Name));
        await Kit13.Within(run, "a broadcast over a thread with no value");
        Assert.True(run.IsCompletedSuccessfully, $"the broadcast ended {run.Status}: {run.Exception}");
        Assert.Equal(new[] { pool.Main.Name, pool.Workers[1].Name }.OrderBy(n => n), ranOn.OrderBy(n => n));
    }

    // A worker awaiting a broadcast that must also run on that worker: the await frees the loop (it resumes on it
    // later, README "On a dispatcher, await resumes on the same loop"), so the broadcast completes.
    [Fact]
    public async Task A_worker_can_await_a_broadcast_that_includes_itself()
    {
        await using var pool = SlotTests.StartPool(2, configure: o => o.BroadcastTimeout = Timeout.InfiniteTimeSpan);
        Slot<string> slot = pool.AllocateSlot<string>();
        Dispatcher worker = pool.Workers[1];
        Task<Task<(string, bool)>> outer = worker.InvokeAsync(async () =>
        {
            await slot.SetAsync(d => "from-worker:" + d.Name);
            return (slot.Get(), Dispatcher.Current == worker);
        });
        Task<(string, bool)> inner = await (await Kit13.Within(outer, "the worker's callback"));
        var (value, resumedOnWorker) = await (await Kit13.Within(inner, "SetAsync awaited on a worker"));
        Assert.Equal("from-worker:" + worker.Name, value);
        Assert.True(resumedOnWorker);
    }
}

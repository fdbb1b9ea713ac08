using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Slot<T>.Set: "Values that are IDisposable are disposed on their own thread when replaced, when the slot is disposed and
// at shutdown", with the failure rules ("When it throws on a worker, that worker keeps its previous value"; thrown on
// main: "every thread keeps its previous value"); Publish: "The slot never disposes a published value: it is shared";
// design.md: "shutdown frees per-thread values in reverse allocation order".
public sealed class ValueLifetimeTests
{
    private sealed class Tracked(string slot, int version, string owner, ConcurrentQueue<(string Slot, int Version, string Owner, string? FreedOn)> freed) : IDisposable
    {
        private int _disposed;

        public int Version { get; } = version;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                freed.Enqueue((slot, Version, owner, Dispatcher.Current?.Name));
            }
            else
            {
                freed.Enqueue((slot, -Version, owner, "disposed twice"));
            }
        }
    }

    [Fact]
    public async Task Failed_Sets_dispose_nothing_a_thread_keeps_and_shutdown_frees_every_value_once_on_its_thread_newest_slot_first()
    {
        var pool = WorkerPool.Start(Options("dq-life", 3));
        var freed = new ConcurrentQueue<(string Slot, int Version, string Owner, string? FreedOn)>();
        var older = pool.AllocateSlot<Tracked>();
        var newer = pool.AllocateSlot<Tracked>();
        var shared = new Tracked("published", 1, "nobody", freed);
        var published = pool.AllocateSlot<Tracked>();
        var main = pool.Main;
        var failing = pool.Workers[1];
        await Within(older.SetAsync(d => new Tracked("older", 1, d.Name, freed)), "setting the older slot");
        await Within(newer.SetAsync(d => new Tracked("newer", 1, d.Name, freed)), "setting the newer slot");
        await Within(published.PublishAsync(shared), "publishing a shared value");
        await Within(published.PublishAsync(new Tracked("published", 2, "nobody", freed)), "replacing the published value");

        await FaultOf<AggregateException>(
            older.SetAsync(d => d == failing ? throw new InvalidOperationException("no v2 on " + d.Name) : new Tracked("older", 2, d.Name, freed)),
            "a Set failing on worker-1");
        await FaultOf<AggregateException>(
            older.SetAsync(d => d == main ? throw new InvalidOperationException("no v3 on main") : new Tracked("older", 3, d.Name, freed)),
            "a Set failing on main");
        var barrier = pool.AllocateSlot<string>();
        await Within(barrier.SetAsync(d => d.Name), "a later broadcast from main (barrier for the frees)");

        var replaced = freed.ToList();
        Assert.Equal(3, replaced.Count);
        Assert.All(replaced, f => Assert.True(f.Slot == "older" && f.Version == 1 && f.Owner != failing.Name && f.Owner == f.FreedOn, $"unexpected free before shutdown: {f}"));
        Assert.Equal(1, await Within(failing.InvokeAsync(() => older.Get().Version), "reading worker-1's value"));

        await Within(pool.StopAsync(), "the pool to stop");

        var atShutdown = freed.Skip(replaced.Count).ToList();
        Assert.All(atShutdown, f => Assert.True(f.Version > 0 && f.Owner == f.FreedOn, $"freed twice or on another thread: {f}"));
        Assert.DoesNotContain(freed, f => f.Slot == "published");
        foreach (var thread in new[] { main }.Concat(pool.Workers))
        {
            var order = atShutdown.Where(f => f.Owner == thread.Name).Select(f => f.Slot).ToList();
            Assert.Equal(new[] { "newer", "older" }, order);
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Internal;
using Weft.Slots;
using Weft.Tests.Slots;
using Xunit.Abstractions;

namespace Weft.Tests.Linearizability;

/// <summary>
/// The object pool and the pooled broadcast built on it, under real threads with yields injected at every ring-cell
/// claim, checked against their sequential contracts: a pooled object has one holder at a time, and every broadcast
/// runs its own update once per thread and its own completion once, on main, after all of them.
/// </summary>
[Collection(nameof(YieldingHook))]
public sealed class PoolLinearizabilityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void A_pooled_object_is_never_held_by_two_threads_at_once(int seed)
    {
        output.WriteLine($"seed {seed}");
        const int Threads = 4;
        const int RentsPerThread = 50_000;
        int created = 0;
        var pool = new ObjectPool<Holder>(() =>
        {
            Interlocked.Increment(ref created);
            return new Holder();
        }, capacity: 8);
        int doubleHeld = 0;
        using var hook = new YieldingHook();
        Thread[] threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            YieldingHook.OptIn(seed * 13 + t);
            var random = new Random(seed * 7 + t);
            var held = new Holder[3];
            for (int i = 0; i < RentsPerThread; i++)
            {
                int slot = random.Next(held.Length);
                if (held[slot] is { } holder)
                {
                    // Released before it goes back: the next renter must find it free.
                    Volatile.Write(ref holder.HeldBy, 0);
                    pool.Return(holder);
                    held[slot] = null!;
                }
                else
                {
                    Holder rented = pool.Rent();
                    if (Interlocked.CompareExchange(ref rented.HeldBy, t + 1, 0) != 0)
                    {
                        Interlocked.Increment(ref doubleHeld);
                    }

                    held[slot] = rented;
                }
            }

            YieldingHook.OptOut();
        })).ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            Assert.True(thread.Join(TestWait.Timeout), $"seed {seed}: a thread did not finish");
        }

        Assert.Equal(0, doubleHeld);
        // Reuse is not part of the contract: a rent that meets a return still writing its cell builds a new object
        // (the injected yields make that common), so the count is reported, not asserted.
        output.WriteLine($"{created} objects built for {Threads * RentsPerThread} operations");
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public async Task Concurrent_pooled_broadcasts_each_run_their_own_update_once_per_thread_then_their_completion_once(int seed)
    {
        output.WriteLine($"seed {seed}");
        const int Issuers = 3;
        const int BroadcastsPerIssuer = 2_000;
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2, GuardDog = null, StatsFlushInterval = TimeSpan.Zero });
        Slot<TrackedValue> slot = pool.AllocateSlot<TrackedValue>();
        await slot.SetAsync(d => new TrackedValue(d));
        int threadCount = pool.Workers.Count + 1;
        int total = Issuers * BroadcastsPerIssuer;
        var updates = new int[total, threadCount];
        var completions = new int[total];
        int early = 0;
        int offMain = 0;
        using var allDone = new CountdownEvent(total);
        var threadIndex = new ConcurrentDictionary<Weft.Threading.Dispatcher, int>(pool.AllThreads().Select((d, i) => new System.Collections.Generic.KeyValuePair<Weft.Threading.Dispatcher, int>(d, i)));
        using var hook = new YieldingHook();
        Task[] issuers = Enumerable.Range(0, Issuers).Select(issuer => Task.Factory.StartNew(
            () =>
            {
                YieldingHook.OptIn(seed * 19 + issuer);
                for (int i = 0; i < BroadcastsPerIssuer; i++)
                {
                    int id = (issuer * BroadcastsPerIssuer) + i;
#pragma warning disable WEFT0007 // the shared tallies are the point of the test: written only with Interlocked, read after the completion
                    slot.RunOnAllThreads(
                        static (value, state) => Interlocked.Increment(ref state.Updates[state.Id, state.Threads[value.Owner]]),
                        (Id: id, Updates: updates, Threads: threadIndex),
                        () =>
                        {
                            if (Weft.Threading.Dispatcher.Current != pool.Main)
                            {
                                Interlocked.Increment(ref offMain);
                            }

                            for (int t = 0; t < threadCount; t++)
                            {
                                if (Volatile.Read(ref updates[id, t]) != 1)
                                {
                                    Interlocked.Increment(ref early);
                                }
                            }

                            if (Interlocked.Increment(ref completions[id]) == 1)
                            {
                                allDone.Signal();
                            }
                        });
#pragma warning restore WEFT0007
                }

                YieldingHook.OptOut();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        await Task.WhenAll(issuers).WaitAsync(TestWait.Timeout);
        allDone.Wait($"seed {seed}: every completion");
        pool.Settle();

        Assert.Equal(0, offMain);
        Assert.Equal(0, early);
        Assert.All(completions, c => Assert.Equal(1, c));
        for (int id = 0; id < total; id++)
        {
            for (int t = 0; t < threadCount; t++)
            {
                Assert.True(updates[id, t] == 1, $"seed {seed}: broadcast {id} ran {updates[id, t]} times on thread {t}");
            }
        }
    }

    [Fact]
    public void The_queue_history_checker_rejects_what_a_fifo_queue_cannot_do()
    {
        // Item 1's enqueue finished (tick 2) before item 0's began (tick 3), yet 0 came out first.
        Assert.NotNull(QueueHistory.Check([0, 1], started: [3, 1], finished: [4, 2], total: 2));
        Assert.NotNull(QueueHistory.Check([0, 0], started: [1, 3], finished: [2, 4], total: 2));
        Assert.NotNull(QueueHistory.Check([1], started: [1, 3], finished: [2, 4], total: 2));
        // Overlapping enqueues may come out in either order.
        Assert.Null(QueueHistory.Check([1, 0], started: [1, 2], finished: [3, 4], total: 2));
    }

    private sealed class Holder
    {
        public int HeldBy;
    }
}

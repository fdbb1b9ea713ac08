using System;
using System.Threading;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// Posts with a value state too large to travel inline in the queue's ring (over 128 bytes: a pooled holder carries
/// it), in bursts far deeper than any fixed pool: once warmed up, neither the posting thread nor the loop allocates.
/// </summary>
[Collection(AllocationMeasurementCollection.Name)]
public sealed class PostBurstAllocationTests
{
    private const int Burst = 5_000;

    [Fact]
    public void A_burst_of_large_value_state_posts_allocates_nothing_on_either_thread_once_warmed_up()
    {
        using Dispatcher dispatcher = Dispatcher.Start("burst-alloc");
        var burst = new BurstRound(dispatcher);
        // The loop returns holders in batches of 64 and keeps a partial one back; with 5,000 (8 over a multiple of 64)
        // the pool grows by 8 a round until that partial batch wraps: at most 8 rounds.
        for (int warmUp = 0; warmUp < 10; warmUp++)
        {
            burst.Run();
        }

        long producerBytes = 0;
        long loopBytes = 0;
        SettledAllocation.Measure(() =>
        {
            (producerBytes, loopBytes) = burst.Run();
            return producerBytes + loopBytes;
        });
        Assert.True(producerBytes == 0, $"posting {Burst} large-state callbacks allocated {producerBytes} B on the posting thread");
        Assert.True(loopBytes == 0, $"running {Burst} large-state callbacks allocated {loopBytes} B on the loop");
    }

    [Fact]
    public void Two_producers_posting_large_value_states_into_one_burst_allocate_nothing_once_warmed_up()
    {
        const int WarmUpRounds = 10;
        const int MeasuredRounds = 4;
        using Dispatcher dispatcher = Dispatcher.Start("burst-alloc-2");
        var burst = new BurstRound(dispatcher);
        long[] producerBytes = new long[2];
        bool stop = false;
        // The test thread and two producers that live for the whole test (a thread that exits takes its cached holders with it).
        using var roundStart = new Barrier(3);
        using var roundPosted = new Barrier(3);
        Thread[] producers = new Thread[2];
        for (int p = 0; p < 2; p++)
        {
            int index = p;
            producers[p] = new Thread(() =>
            {
                while (roundStart.SignalAndWait(TestWait.Timeout) && !Volatile.Read(ref stop))
                {
                    producerBytes[index] = burst.PostShare(Burst / 2, offset: index * (Burst / 2));
                    roundPosted.SignalAndWait(TestWait.Timeout);
                }
            })
            { IsBackground = true };
            producers[p].Start();
        }

        int round = 0;
        long Round()
        {
            burst.Hold();
            Assert.True(roundStart.SignalAndWait(TestWait.Timeout), $"round {round}: the producers did not start");
            Assert.True(roundPosted.SignalAndWait(TestWait.Timeout), $"round {round}: the producers did not finish posting");
            long loopBytes = burst.ReleaseAndWait();
            round++;
            return Math.Max(loopBytes, Math.Max(Volatile.Read(ref producerBytes[0]), Volatile.Read(ref producerBytes[1])));
        }

        for (int warmUp = 0; warmUp < WarmUpRounds; warmUp++)
        {
            Round();
        }

        // Warmed up (see the single-producer test): from here on nothing may be allocated.
        long worst = 0;
        for (int measured = 0; measured < MeasuredRounds; measured++)
        {
            worst = Math.Max(worst, SettledAllocation.Measure(Round));
        }

        Volatile.Write(ref stop, true);
        Assert.True(roundStart.SignalAndWait(TestWait.Timeout), "the producers did not come back for the last round");
        foreach (Thread producer in producers)
        {
            Assert.True(producer.Join(TestWait.Timeout), "a producer thread did not finish");
        }

        Assert.True(worst == 0, $"a warmed-up burst of {Burst} large-state posts from two producers allocated {worst} B on one thread");
    }

    /// <summary>136 bytes: 8 more than the largest state that travels inline.</summary>
    private readonly record struct LargeState(Eight Low, Eight High, long H)
    {
        public static LargeState Of(long i) => new(new Eight(i, i, i, i, i, i, i, i), new Eight(i, i, i, i, i, i, i, i), i);
    }

    private readonly record struct Eight(long A, long B, long C, long D, long E, long F, long G, long H);

    private sealed class BurstRound
    {
        private readonly Dispatcher _dispatcher;
        private readonly Action<LargeState> _count;
        private readonly Action<BurstRound> _holdLoop;
        private readonly ManualResetEventSlim _gate = new();
        private readonly ManualResetEventSlim _done = new();
        private long _sum;
        private int _remaining;
        private long _loopBytesAtStart;
        private long _loopBytes;

        public BurstRound(Dispatcher dispatcher)
        {
            _dispatcher = dispatcher;
            _count = state =>
            {
                _sum += state.H;
                if (--_remaining == 0)
                {
                    _loopBytes = GC.GetAllocatedBytesForCurrentThread() - _loopBytesAtStart;
                    _done.Set();
                }
            };
            _holdLoop = static round =>
            {
                round._gate.Wait("the test to finish posting its burst");
                round._loopBytesAtStart = GC.GetAllocatedBytesForCurrentThread();
            };
        }

        public (long ProducerBytes, long LoopBytes) Run()
        {
            Hold();
            long producerBytes = PostShare(Burst, offset: 0);
            return (producerBytes, ReleaseAndWait());
        }

        /// <summary>Holds the loop behind one callback, so the whole burst is queued before any of it runs.</summary>
        public void Hold()
        {
            _gate.Reset();
            _done.Reset();
            _remaining = Burst;
            _dispatcher.Post(_holdLoop, this);
        }

        /// <summary>Posts <paramref name="count"/> large-state callbacks; returns what the calling thread allocated doing it.</summary>
        public long PostShare(int count, int offset)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = offset; i < offset + count; i++)
            {
                _dispatcher.Post(_count, LargeState.Of(i));
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        /// <summary>Lets the loop run the burst and waits for its end; returns what the loop allocated running it.</summary>
        public long ReleaseAndWait()
        {
            _gate.Set();
            _done.Wait("the burst to run");
            return Volatile.Read(ref _loopBytes);
        }
    }
}

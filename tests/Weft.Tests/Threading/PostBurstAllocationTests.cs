using System;
using System.Threading;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// Posts with a value state too large for the queue cell, in bursts far deeper than any fixed pool: once warmed up,
/// neither the posting thread nor the loop allocates.
/// </summary>
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

        (long producerBytes, long loopBytes) = burst.Run();
        Assert.True(producerBytes == 0, $"posting {Burst} large-state callbacks allocated {producerBytes} B on the posting thread");
        Assert.True(loopBytes == 0, $"running {Burst} large-state callbacks allocated {loopBytes} B on the loop");
    }

    /// <summary>64 bytes: eight times what travels inline in a queue cell.</summary>
    private readonly record struct LargeState(long A, long B, long C, long D, long E, long F, long G, long H);

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
            _gate.Reset();
            _done.Reset();
            _remaining = Burst;
            // The loop waits behind this callback, so the whole burst is queued before any of it runs.
            _dispatcher.Post(_holdLoop, this);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Burst; i++)
            {
                _dispatcher.Post(_count, new LargeState(i, i, i, i, i, i, i, i));
            }

            long producerBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            _gate.Set();
            _done.Wait("the burst to run");
            return (producerBytes, Volatile.Read(ref _loopBytes));
        }
    }
}

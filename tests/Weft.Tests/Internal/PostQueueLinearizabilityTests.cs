using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Weft.Internal;
using Weft.Tests.Linearizability;
using Weft.Threading;
using Xunit.Abstractions;

namespace Weft.Tests.Internal;

/// <summary>
/// The dispatcher's <see cref="PostQueue"/> under real producer threads and its one consumer, with yields injected
/// between claiming positions and writing them, and posts of one, two and four positions mixed (a state of 4 bytes in
/// the cell's invoker word, of 8 in a position's small word, of 24, 40 and 128 bytes in the inline words), so claims
/// straddle the ring's end and bursts freeze rings mid-write; the consumer reads runs of posts as the loop does, and
/// sends producers back to the home ring whenever it runs dry in a drained large ring (the next burst reopens that
/// ring) while they claim.
/// The history is checked against a sequential FIFO queue: nothing lost or duplicated, no state torn, and no post run
/// before one whose enqueue had completed before its own began.
/// </summary>
[Collection(nameof(YieldingHook))]
public sealed class PostQueueLinearizabilityTests(ITestOutputHelper output)
{
    private const int Producers = 3;
    private const int ItemsPerProducer = 20_000;

    [Theory]
    [InlineData(101)]
    [InlineData(202)]
    [InlineData(303)]
    public void Concurrent_posts_of_mixed_sizes_run_as_a_linearizable_fifo_queue(int seed)
    {
        output.WriteLine($"seed {seed}");
        // The smallest first ring, so bursts freeze it and link larger ones while producers are mid-write.
        var queue = new PostQueue(initialCapacity: PostRing.MaxPositionsPerPost);
        long clock = 0;
        var started = new long[Producers * ItemsPerProducer];
        var finished = new long[Producers * ItemsPerProducer];
        var consumer = new Consumer(Producers * ItemsPerProducer);
        using var hook = new YieldingHook();
        Thread[] producers = Enumerable.Range(0, Producers).Select(p => new Thread(() =>
        {
            YieldingHook.OptIn(seed * 31 + p);
            var random = new Random(seed * 7 + p);
            for (int i = 0; i < ItemsPerProducer; i++)
            {
                int id = (p * ItemsPerProducer) + i;
                started[id] = Interlocked.Increment(ref clock);
                Assert.True(consumer.Post(queue, id, random.Next(Consumer.Shapes)), "an open queue refused an item");
                finished[id] = Interlocked.Increment(ref clock);
            }

            YieldingHook.OptOut();
        })).ToArray();
        foreach (Thread producer in producers)
        {
            producer.Start();
        }

        var runLengths = new Random(seed);
        DateTime deadline = DateTime.UtcNow + TestWait.Timeout;
        while (consumer.Received.Count < Producers * ItemsPerProducer)
        {
            // Runs of up to 8 posts over rings as small as 4 positions: runs wrap, and stop a lap on from their start.
            if (!consumer.RunOne(queue, runLengths.Next(9)))
            {
                // As the loop does when it runs dry: back to the home ring if a drained large ring is in use.
                queue.ReturnHomeIfDrained();
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"seed {seed}: only {consumer.Received.Count} of {Producers * ItemsPerProducer} items arrived within {TestWait.Timeout.TotalSeconds} s");
                }

                Thread.Yield();
            }
        }

        foreach (Thread producer in producers)
        {
            Assert.True(producer.Join(TestWait.Timeout), $"seed {seed}: a producer did not finish");
        }

        Assert.False(consumer.RunOne(queue), $"seed {seed}: an item appeared beyond those enqueued");
        queue.ReturnHomeIfDrained();
        output.WriteLine($"returned to the home ring {queue.HomeReturns} times");
        Assert.True(queue.HomeReturns > 0, $"seed {seed}: the queue never returned to its home ring");
        Assert.Equal(PostRing.MaxPositionsPerPost, queue.TailCapacity);
        Assert.False(queue.HasPending, $"seed {seed}: the queue still reports pending positions");
        Assert.True(hook.YieldPoints >= Producers * ItemsPerProducer, $"seed {seed}: only {hook.YieldPoints} claims passed the yield hook");
        Assert.True(consumer.Torn is null, $"seed {seed}: {consumer.Torn}");
        string? violation = QueueHistory.Check(consumer.Received, started, finished, Producers * ItemsPerProducer);
        Assert.True(violation is null, $"seed {seed}: {violation}");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Every_post_admitted_before_close_is_delivered_and_none_after(int seed)
    {
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var queue = new PostQueue(initialCapacity: PostRing.MaxPositionsPerPost);
        var admitted = new bool[Producers * ItemsPerProducer];
        var consumer = new Consumer(Producers * ItemsPerProducer);
        using var hook = new YieldingHook();
        using var go = new ManualResetEventSlim();
        int closeAfter = random.Next(100, Producers * ItemsPerProducer / 2);
        int attempts = 0;
        Thread[] producers = Enumerable.Range(0, Producers).Select(p => new Thread(() =>
        {
            YieldingHook.OptIn(seed * 17 + p);
            var sizes = new Random(seed * 5 + p);
            go.Wait(TestWait.Timeout);
            for (int i = 0; i < ItemsPerProducer; i++)
            {
                int id = (p * ItemsPerProducer) + i;
                admitted[id] = consumer.Post(queue, id, sizes.Next(Consumer.Shapes));
                if (Interlocked.Increment(ref attempts) == closeAfter)
                {
                    queue.Close();
                }
            }

            YieldingHook.OptOut();
        })).ToArray();
        foreach (Thread producer in producers)
        {
            producer.Start();
        }

        go.Set();
        foreach (Thread producer in producers)
        {
            Assert.True(producer.Join(TestWait.Timeout), $"seed {seed}: a producer did not finish");
        }

        while (queue.RingWithVisibleItemWaitingForWriters() is not null)
        {
            Assert.True(consumer.RunOne(queue), $"seed {seed}: a visible post could not be taken");
        }

        var delivered = new bool[Producers * ItemsPerProducer];
        foreach (int id in consumer.Received)
        {
            Assert.False(delivered[id], $"seed {seed}: item {id} delivered twice");
            delivered[id] = true;
        }

        int lost = Enumerable.Range(0, admitted.Length).Count(i => admitted[i] && !delivered[i]);
        int phantom = Enumerable.Range(0, admitted.Length).Count(i => !admitted[i] && delivered[i]);
        Assert.True(lost == 0 && phantom == 0, $"seed {seed}: {lost} admitted items lost, {phantom} refused items delivered (of {consumer.Received.Count})");
        Assert.True(consumer.Torn is null, $"seed {seed}: {consumer.Torn}");
        Assert.True(queue.IsClosed);
        Assert.False(consumer.Post(queue, -1, 0), $"seed {seed}: a closed queue admitted an item");
    }

    [Fact]
    public void A_ring_caught_between_the_freeze_and_its_flag_reports_its_true_count()
    {
        var ring = new PostRing(8);
        Assert.True(ring.TryClaim(3, out long first));
        Assert.Equal(0, first);
        Assert.True(ring.TryClaim(2, out long second));
        Assert.Equal(3, second);
        ring.ClearAndFree(0, 1);

        long claimed = ring.BeginFreeze();

        Assert.Equal(5, claimed);
        Assert.Equal(5, ring.ClaimedCount);
        Assert.Equal(4, ring.ClaimedCount - ring.DequeuedCount);
        Assert.False(ring.TryClaim(1, out _));
        ring.CompleteFreeze(claimed);
        Assert.Equal(5, ring.ClaimedCount);
    }

    [Fact]
    public void A_post_that_does_not_fit_in_what_is_left_of_a_ring_is_refused_by_it_and_fits_after_the_loop_frees()
    {
        var ring = new PostRing(PostRing.MaxPositionsPerPost);
        Assert.True(ring.TryClaim(PostRing.MaxPositionsPerPost - 1, out _));
        Assert.False(ring.TryClaim(2, out _));
        Assert.True(ring.TryClaim(1, out long last));
        Assert.Equal(PostRing.MaxPositionsPerPost - 1, last);
        ring.ClearAndFree(0, 2);
        Assert.True(ring.TryClaim(2, out long wrapped));
        Assert.Equal(PostRing.MaxPositionsPerPost, wrapped);
    }

    [Fact]
    public void A_run_over_a_full_ring_stops_a_lap_on_and_leaves_its_cells_for_one_clearing_pass()
    {
        var ring = new PostRing(PostRing.MaxPositionsPerPost);
        var ran = new List<int>();
        for (int i = 0; i < PostRing.MaxPositionsPerPost; i++)
        {
            int id = i;
            Assert.True(ring.TryClaim(1, out long claimed));
            ring.Publish(claimed, PostInvokers.Action, (Action)(() => ran.Add(id)));
        }

        long position = ring.Head;
        while (ring.TryRead(position, ring.Head, out nint invoker, out object callback))
        {
            Assert.True(ran.Count < 2 * PostRing.MaxPositionsPerPost, "the run went round the ring again");
            PostInvokers.Invoke(invoker, callback, ring, ref position, run: true);
        }

        Assert.Equal(Enumerable.Range(0, PostRing.MaxPositionsPerPost), ran);
        Assert.True(ring.HasVisibleItem, "the run's first cell is cleared only after the run");
        Assert.False(ring.TryClaim(1, out _));
        ring.ClearAndFree(ring.Head, position);
        Assert.False(ring.HasVisibleItem);
        Assert.True(ring.TryClaim(1, out long next));
        Assert.Equal(PostRing.MaxPositionsPerPost, next);
    }

    [Fact]
    public void Every_ring_s_inline_words_start_on_a_cache_line()
    {
        // An array's data sits wherever the allocator put the object: 8 rings of each size make a lucky pass unlikely.
        for (int capacity = PostRing.MaxPositionsPerPost; capacity <= 1 << 12; capacity *= 4)
        {
            for (int i = 0; i < 8; i++)
            {
                Assert.True(new PostRing(capacity).WordsAreLineAligned, $"a ring of {capacity} positions has its inline words off a cache line");
            }
        }
    }

    /// <summary>The one consumer: posts inline states through the dispatcher's invokers and records what runs.</summary>
    private sealed class Consumer
    {
        /// <summary>How many state shapes <see cref="Post"/> chooses from.</summary>
        public const int Shapes = 5;

        private readonly Action<Small> _small;
        private readonly Action<Word> _word;
        private readonly Action<Triple> _triple;
        private readonly Action<Pair> _pair;
        private readonly Action<Wide> _wide;

        public Consumer(int capacity)
        {
            Received = new List<int>(capacity);
            _small = s => Received.Add(s.Id);
            _word = s =>
            {
                Check(s.Id == s.Check, s.Id, "8-byte");
                Received.Add(s.Id);
            };
            _triple = s =>
            {
                Check(s.Id == s.Check && s.X == s.Check, s.Id, "24-byte");
                Received.Add(s.Id);
            };
            _pair = s =>
            {
                Check(s.Id == s.Check && s.X == s.Check && s.Y == s.Check && s.Z == s.Check, s.Id, "40-byte");
                Received.Add(s.Id);
            };
            _wide = s =>
            {
                Check(s.First.IsWhole && s.Second.IsWhole && s.First.A == s.Second.A, (int)s.First.A, "128-byte");
                Received.Add((int)s.First.A);
            };
        }

        public List<int> Received { get; }

        public string? Torn { get; private set; }

        /// <summary>
        /// Any producer: posts <paramref name="id"/> as a 4-byte state (in the cell's invoker word), an 8-byte state (a
        /// position's small word), or a 24-, 40- or 128-byte state (inline words over 1, 2 or 4 positions).
        /// </summary>
        public bool Post(PostQueue queue, int id, int shape) => shape switch
        {
            0 => Enqueue(queue, _small, new Small(id)),
            1 => Enqueue(queue, _word, new Word(id, id)),
            2 => Enqueue(queue, _triple, new Triple(id, id, id)),
            3 => Enqueue(queue, _pair, new Pair(id, id, id, id, id)),
            _ => Enqueue(queue, _wide, new Wide(Eight.Of(id), Eight.Of(id))),
        };

        /// <summary>
        /// The consumer, as the loop does: reads a run of up to <paramref name="runLength"/> visible posts (0: the next
        /// visible one alone), then clears and frees the run's positions in one pass; false when none was visible.
        /// </summary>
        public bool RunOne(PostQueue queue, int runLength = 1)
        {
            PostRing? ring = queue.RingWithVisibleItem();
            if (ring is null)
            {
                return false;
            }

            long start = ring.Head;
            long position = start;
            int count = 0;
            while (count < Math.Max(1, runLength) && ring.TryRead(position, start, out nint invoker, out object callback))
            {
                PostInvokers.Invoke(invoker, callback, ring, ref position, run: true);
                count++;
            }

            Assert.True(count > 0, "the visible head post could not be read");
            ring.ClearAndFree(start, position);
            return true;
        }

        private static bool Enqueue<T>(PostQueue queue, Action<T> callback, T state)
        {
            Assert.True(PostInvokers<T>.TravelsInline, $"{typeof(T).Name} should travel inline");
            PostRing? ring;
            long position;
            if (PostInvokers<T>.TravelsPacked)
            {
                // As Dispatcher.EnqueueInline: the state rides in the cell's invoker word, one position.
                ring = queue.TryClaim(1, out position);
                ring?.Publish(position, PostInvokers<T>.Packed(state), callback);
                return ring is not null;
            }

            ring = queue.TryClaim(PostInvokers<T>.InlinePositions, out position);
            if (ring is null)
            {
                return false;
            }

            PostInvokers<T>.WriteInline(ring, position, state);
            ring.Publish(position, PostInvokers<T>.Inline, callback);
            return true;
        }

        private void Check(bool whole, int id, string shape)
        {
            if (!whole && Torn is null)
            {
                Torn = $"a {shape} state of item {id} arrived torn";
            }
        }
    }

    private readonly record struct Small(int Id);

    private readonly record struct Word(int Id, int Check);

    private readonly record struct Triple(int Id, long Check, long X);

    private readonly record struct Pair(int Id, long Check, long X, long Y, long Z);

    private readonly record struct Eight(long A, long B, long C, long D, long E, long F, long G, long H)
    {
        public bool IsWhole => B == A && C == A && D == A && E == A && F == A && G == A && H == A;

        public static Eight Of(long i) => new(i, i, i, i, i, i, i, i);
    }

    private readonly record struct Wide(Eight First, Eight Second);
}

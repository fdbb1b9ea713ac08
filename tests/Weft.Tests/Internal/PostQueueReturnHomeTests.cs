using System;
using System.Collections.Generic;
using System.Threading;
using Weft.Internal;
using Weft.Tests.Watchdog;
using Weft.Threading;

namespace Weft.Tests.Internal;

/// <summary>
/// After a burst has grown the post queue, the loop sends producers back to the small home ring once it has drained
/// the large one, and keeps the large ring as a spare that the next burst reopens: the memory a burst took is not
/// walked by every later post, and bursts that repeat allocate nothing. A spare no burst has needed for a minute of the
/// loop's clock is released, by a parked loop too.
/// </summary>
[Collection(AllocationMeasurementCollection.Name)]
public sealed class PostQueueReturnHomeTests
{
    private const int HomeCapacity = 16;

    [Fact]
    public void Producers_claim_in_the_home_ring_again_once_the_loop_has_drained_a_burst()
    {
        var queue = new PostQueue(HomeCapacity);
        var ran = new Recorder();
        for (int i = 0; i < 1_000; i++)
        {
            Assert.NotNull(Post(queue, ran, i));
        }

        Assert.True(queue.TailCapacity > HomeCapacity, $"the burst should have grown the queue (tail ring {queue.TailCapacity})");
        while (RunOne(queue))
        {
        }

        queue.ReturnHomeIfDrained();

        Assert.Equal(HomeCapacity, queue.TailCapacity);
        Assert.True(queue.SpareCapacity >= 1_000 - HomeCapacity, $"the spare should hold the whole burst past the home ring (spare {queue.SpareCapacity})");
        Assert.Equal(1, queue.HomeReturns);
        PostRing? ring = Post(queue, ran, 1_000);
        Assert.Equal(HomeCapacity, ring?.Capacity);
        Assert.True(RunOne(queue));
        Assert.False(queue.HasPending);
        Assert.Equal(1_001, ran.Count);
        Assert.True(ran.InOrder, $"posts ran out of order: {ran.FirstBreak}");
    }

    [Fact]
    public void A_large_ring_with_a_claimed_unwritten_post_is_not_left_until_that_post_has_run()
    {
        var queue = new PostQueue(HomeCapacity);
        var ran = new Recorder();
        for (int i = 0; i < 100; i++)
        {
            Post(queue, ran, i);
        }

        while (RunOne(queue))
        {
        }

        int large = queue.TailCapacity;
        PostRing? claimed = queue.TryClaim(1, out long position);
        Assert.Equal(large, claimed?.Capacity);

        queue.ReturnHomeIfDrained();

        Assert.Equal(large, queue.TailCapacity);
        claimed!.Publish(position, PostInvokers.Action, (Action)(() => ran.Add(100)));
        Assert.True(RunOne(queue));
        queue.ReturnHomeIfDrained();
        Assert.Equal(HomeCapacity, queue.TailCapacity);
        Assert.Equal(101, ran.Count);
    }

    [Fact]
    public void A_burst_that_outgrows_the_spare_keeps_the_ring_it_grew_into_when_that_ring_holds_the_burst()
    {
        var queue = new PostQueue(HomeCapacity);
        var ran = new Recorder();
        int next = 0;

        void Burst(int posts)
        {
            for (int i = 0; i < posts; i++)
            {
                Assert.NotNull(Post(queue, ran, next++));
            }

            while (RunOne(queue))
            {
            }

            queue.ReturnHomeIfDrained();
            Assert.Equal(HomeCapacity, queue.TailCapacity);
        }

        // 84 positions past the home ring, in rings of 32 and 64: a spare of 128 is made to hold such a burst alone.
        Burst(100);
        Assert.Equal(128, queue.SpareCapacity);

        // Fills the home ring and the spare, then claims 100 positions in a ring of 256 grown past it: 228 positions
        // past home, which that ring holds alone, so it becomes the spare and nothing larger is allocated.
        Burst(HomeCapacity + 128 + 100);
        Assert.Equal(256, queue.SpareCapacity);
        Assert.True(ran.InOrder, $"posts ran out of order: {ran.FirstBreak}");
    }

    [Fact]
    public void A_burst_that_starts_before_the_loop_sent_producers_home_fits_the_spare_and_allocates_nothing()
    {
        var queue = new PostQueue(HomeCapacity);
        int ran = 0;
        Action count = () => ran++;

        void PostAll(int posts)
        {
            for (int i = 0; i < posts; i++)
            {
                PostRing? ring = queue.TryClaim(1, out long position);
                Assert.NotNull(ring);
                ring!.Publish(position, PostInvokers.Action, count);
            }
        }

        void RunAll()
        {
            while (RunOne(queue))
            {
            }
        }

        // 40 positions: the home ring's 16 and 24 in a ring of 32. The spare must hold all 40 alone (a ring of 64),
        // not only the 24 past home: the next burst may start in it.
        PostAll(40);
        RunAll();
        queue.ReturnHomeIfDrained();
        Assert.Equal(HomeCapacity, queue.TailCapacity);
        int spare = queue.SpareCapacity;

        long allocated = SettledAllocation.Measure(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            // Grows from home into the spare and runs dry there, but producers post again before the loop sends them
            // home (a loop busy elsewhere, or a producer woken by the burst's last callback): the whole next burst lands
            // in the ring the last one ended in.
            PostAll(40);
            RunAll();
            PostAll(40);
            RunAll();
            queue.ReturnHomeIfDrained();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        });

        Assert.True(allocated == 0, $"a burst as deep as the first, started in the large ring, allocated {allocated} B (spare {spare} positions)");
        Assert.Equal(HomeCapacity, queue.TailCapacity);
        Assert.True(queue.SpareCapacity == 64, $"the spare for a burst of 40 positions holds {queue.SpareCapacity}");
        Assert.Equal(120, ran);
    }

    [Fact]
    public void A_long_busy_period_in_a_large_ring_does_not_size_the_spare_past_the_burst_that_grew_into_it()
    {
        var queue = new PostQueue(HomeCapacity);
        var ran = new Recorder();
        int next = 0;
        for (int i = 0; i < 40; i++)
        {
            Post(queue, ran, next++);
        }

        while (RunOne(queue))
        {
        }

        queue.ReturnHomeIfDrained();
        int spare = queue.SpareCapacity;

        // The next burst grows into the spare, and the loop keeps up with a steady stream there for 10,000 posts
        // without ever running dry: the ring is used 10,040 times over, but never held more than 40 positions.
        for (int i = 0; i < 40; i++)
        {
            Post(queue, ran, next++);
        }

        for (int i = 0; i < 10_000; i++)
        {
            Post(queue, ran, next++);
            Assert.True(RunOne(queue));
        }

        while (RunOne(queue))
        {
        }

        queue.ReturnHomeIfDrained();
        Assert.Equal(HomeCapacity, queue.TailCapacity);
        Assert.True(queue.SpareCapacity == spare, $"the spare grew from {spare} to {queue.SpareCapacity} positions after a busy period no deeper than 40");
        Assert.Equal(next, ran.Count);
        Assert.True(ran.InOrder, $"posts ran out of order: {ran.FirstBreak}");
    }

    [Fact]
    public void A_closed_queue_does_not_return_home()
    {
        var queue = new PostQueue(HomeCapacity);
        var ran = new Recorder();
        for (int i = 0; i < 100; i++)
        {
            Post(queue, ran, i);
        }

        while (RunOne(queue))
        {
        }

        int large = queue.TailCapacity;
        queue.Close();
        queue.ReturnHomeIfDrained();

        Assert.Equal(large, queue.TailCapacity);
        Assert.Null(Post(queue, ran, 100));
        Assert.False(queue.HasPending);
    }

    [Fact]
    public void A_dispatcher_goes_back_to_its_home_ring_after_a_burst_it_has_run()
    {
        using var dispatcher = new Dispatcher("return-home");
        int home = dispatcher.Queue.TailCapacity;
        int ran = 0;
        Action count = () => ran++;
        for (int i = 0; i < 10 * home; i++)
        {
            dispatcher.Post(count);
        }

        Assert.True(dispatcher.Queue.TailCapacity > home, "the burst should have grown the queue");
        for (int iteration = 0; iteration < 100 && ran < 10 * home; iteration++)
        {
            dispatcher.RunOnce();
        }

        // The iteration that finds the queue dry sends producers home.
        dispatcher.RunOnce();

        Assert.Equal(10 * home, ran);
        Assert.Equal(home, dispatcher.Queue.TailCapacity);
    }

    [Fact]
    public void Bursts_after_the_first_reuse_its_rings_and_allocate_nothing()
    {
        // Driven by RunOnce on this thread, so the producers' growth and the loop's switch home are both counted.
        using var dispatcher = new Dispatcher("burst-alloc");
        int home = dispatcher.Queue.TailCapacity;
        int ran = 0;
        Action count = () => ran++;

        long Burst()
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 20 * home; i++)
            {
                dispatcher.Post(count);
            }

            for (int iteration = 0; iteration < 1_000 && dispatcher.Queue.HasPending; iteration++)
            {
                dispatcher.RunOnce();
            }

            dispatcher.RunOnce();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(home, dispatcher.Queue.TailCapacity);
            return allocated;
        }

        long first = Burst();
        Assert.True(first > 0, "the first burst should have allocated the rings it grew into");
        int bursts = 1;
        for (int round = 2; round <= 6; round++)
        {
            long allocated = SettledAllocation.Measure(() =>
            {
                bursts++;
                return Burst();
            });
            Assert.True(allocated == 0, $"burst {round} allocated {allocated} B (the first allocated {first} B)");
        }

        Assert.Equal(bursts * 20 * home, ran);
    }

    [Fact]
    public void A_spare_no_burst_needed_for_the_idle_period_is_released_and_a_burst_restarts_that_period()
    {
        var clock = new ManualClock();
        using var dispatcher = new Dispatcher("spare-idle", null, new DispatcherSeams { Clock = clock });
        int home = dispatcher.Queue.TailCapacity;
        int ran = 0;
        Action count = () => ran++;
        TimeSpan almost = PostQueue.SpareKeptWhileIdle - TimeSpan.FromMilliseconds(1);

        void Burst()
        {
            for (int i = 0; i < 20 * home; i++)
            {
                dispatcher.Post(count);
            }

            for (int iteration = 0; iteration < 1_000 && dispatcher.Queue.HasPending; iteration++)
            {
                dispatcher.RunOnce();
            }

            dispatcher.RunOnce();
            Assert.Equal(home, dispatcher.Queue.TailCapacity);
        }

        Burst();
        int spare = dispatcher.Queue.SpareCapacity;
        Assert.True(spare > 0, "the burst should have left a spare");

        clock.Advance(almost);
        dispatcher.RunOnce();
        Assert.Equal(spare, dispatcher.Queue.SpareCapacity);

        // A burst just before the period ends reuses the spare, and the period starts again from it.
        Burst();
        clock.Advance(almost);
        dispatcher.RunOnce();
        Assert.True(dispatcher.Queue.SpareCapacity == spare, $"a spare used {almost.TotalSeconds:F3} s ago was released");

        clock.Advance(TimeSpan.FromMilliseconds(2));
        dispatcher.RunOnce();
        Assert.True(dispatcher.Queue.SpareCapacity == 0, $"the spare ({dispatcher.Queue.SpareCapacity} positions) was kept past {PostQueue.SpareKeptWhileIdle.TotalSeconds} s without a burst");
        Assert.Equal(2 * 20 * home, ran);
    }

    [Fact]
    public void A_loop_parked_with_no_timer_wakes_to_release_the_spare_then_parks_without_a_timeout()
    {
        var clock = new ManualClock();
        var waiter = new ClockWaiter();
        var dispatcher = new Dispatcher("spare-park", new DispatcherOptions { SpinCountBeforePark = 0 }, new DispatcherSeams { Clock = clock, CreateWaiter = _ => waiter });
        int home = dispatcher.Queue.TailCapacity;
        int ran = 0;
        // One more than a multiple of the iteration budget: the iteration that runs the last post then finds the queue
        // dry and returns home (a burst that ends exactly at the budget returns home one wake-up later).
        int posts = (20 * home) + 1;
        for (int i = 0; i < posts; i++)
        {
            dispatcher.Post(() => ran++);
        }

        int spareWhenParkedForEver = -1;
        waiter.OnPark = timeout =>
        {
            if (timeout >= 0 && waiter.Timeouts.Count < 10)
            {
                // The simulated time the loop asked to sleep passes while it sleeps.
                clock.Advance(TimeSpan.FromMilliseconds(timeout));
                return;
            }

            spareWhenParkedForEver = dispatcher.Queue.SpareCapacity;
            dispatcher.Exit();
        };
        Exception? failure = null;
        var thread = new Thread(() => failure = Record.Exception(dispatcher.Run)) { IsBackground = true, Name = dispatcher.Name };
        thread.Start();
        if (!thread.Join(TestWait.Timeout))
        {
            dispatcher.Exit();
            throw new TimeoutException($"Timed out after {TestWait.Timeout.TotalSeconds} s waiting for {dispatcher} to exit.");
        }

        Assert.Null(failure);
        Assert.Equal(posts, ran);
        Assert.Equal(new[] { (int)PostQueue.SpareKeptWhileIdle.TotalMilliseconds, Timeout.Infinite }, waiter.Timeouts.ToArray());
        Assert.Equal(0, spareWhenParkedForEver);
    }

    private static PostRing? Post(PostQueue queue, Recorder recorder, int id)
    {
        PostRing? ring = queue.TryClaim(1, out long position);
        ring?.Publish(position, PostInvokers.Action, (Action)(() => recorder.Add(id)));
        return ring;
    }

    private static bool RunOne(PostQueue queue)
    {
        PostRing? ring = queue.RingWithVisibleItem();
        if (ring is null)
        {
            return false;
        }

        long start = ring.Head;
        long position = start;
        Assert.True(ring.TryRead(position, start, out nint invoker, out object callback));
        PostInvokers.Invoke(invoker, callback, ring, ref position, run: true);
        ring.ClearAndFree(start, position);
        return true;
    }

    private sealed class Recorder
    {
        public int Count { get; private set; }

        public bool InOrder => FirstBreak is null;

        public string? FirstBreak { get; private set; }

        public void Add(int id)
        {
            if (id != Count && FirstBreak is null)
            {
                FirstBreak = $"post {id} ran as number {Count}";
            }

            Count++;
        }
    }

    /// <summary>A waiter that never blocks: it records each park's timeout and lets the test act in it.</summary>
    private sealed class ClockWaiter : IDispatcherWaiter
    {
        public List<int> Timeouts { get; } = new();

        public Action<int>? OnPark { get; set; }

        public void Prepare()
        {
        }

        public bool Park(int timeoutMilliseconds)
        {
            Timeouts.Add(timeoutMilliseconds);
            OnPark?.Invoke(timeoutMilliseconds);
            return false;
        }

        public void Wake()
        {
        }
    }
}

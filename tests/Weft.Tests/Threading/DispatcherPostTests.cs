using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.Threading;

public sealed class DispatcherPostTests
{
    [Fact]
    public void Posts_from_four_producers_run_in_per_producer_order_with_nothing_lost_or_duplicated()
    {
        const int Producers = 4;
        const int PostsEach = 1_000_000;
        using var dispatcher = Dispatcher.Start("fifo");
        var nextExpected = new int[Producers];
        long outOfOrder = 0;
        using var allDone = new CountdownEvent(Producers);

        void Record((int Producer, int Sequence) item)
        {
            // Runs only on the loop thread: plain reads and writes are the point.
            if (nextExpected[item.Producer] != item.Sequence)
            {
                outOfOrder++;
            }

            nextExpected[item.Producer] = item.Sequence + 1;
            if (item.Sequence == PostsEach - 1)
            {
                allDone.Signal();
            }
        }

        Action<(int, int)> record = Record;
        var threads = Enumerable.Range(0, Producers).Select(p => new Thread(() =>
        {
            for (int i = 0; i < PostsEach; i++)
            {
                dispatcher.Post(record, (p, i));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        allDone.Wait("every producer's last post");

        Assert.Equal(0, dispatcher.Invoke(() => outOfOrder));
        Assert.All(dispatcher.Invoke(() => nextExpected.ToArray()), next => Assert.Equal(PostsEach, next));
        Assert.True(dispatcher.Stats.CallbacksRun >= (long)Producers * PostsEach);
    }

    [Fact]
    public void A_parked_loop_is_woken_at_most_once_per_park_not_once_per_post()
    {
        using var dispatcher = Dispatcher.Start("wakes");
        const int Bursts = 200;
        const int PostsPerBurst = 1_000;
        int ran = 0;
        for (int burst = 0; burst < Bursts; burst++)
        {
            for (int i = 0; i < PostsPerBurst; i++)
            {
                dispatcher.Post(() => ran++);
            }

            dispatcher.Flush();
        }

        DispatcherStats stats = dispatcher.Stats;
        Assert.Equal(Bursts * PostsPerBurst, dispatcher.Invoke(() => ran));
        Assert.True(stats.Wakeups <= stats.Parks, $"wakeups {stats.Wakeups} > parks {stats.Parks}");
        // A loop faster than its one producer parks (and is woken) many times per burst, but never once per post.
        Assert.True(stats.Wakeups < Bursts * PostsPerBurst / 4, $"{stats.Wakeups} wake-ups for {Bursts * PostsPerBurst} posts");
    }

    [Fact]
    public void A_post_from_the_loop_thread_never_wakes()
    {
        using var dispatcher = Dispatcher.Start("self-post");
        long wakeupsDelta = dispatcher.Invoke(() =>
        {
            long before = dispatcher.Stats.Wakeups;
            for (int i = 0; i < 10_000; i++)
            {
                dispatcher.Post(static () => { });
            }

            return dispatcher.Stats.Wakeups - before;
        });
        Assert.Equal(0, wakeupsDelta);
    }

    [Fact]
    public void A_throwing_callback_goes_to_the_handler_and_the_loop_keeps_running()
    {
        var seen = new List<string>();
        using var handled = new CountdownEvent(2);
        var options = new DispatcherOptions
        {
            UnhandledExceptionHandler = (d, ex) =>
            {
                seen.Add($"{d.Name}:{ex.Message}");
                handled.Signal();
            },
        };
        using var dispatcher = Dispatcher.Start("throws", options);
        dispatcher.Post(() => throw new InvalidOperationException("first"));
        dispatcher.Post<int>(n => throw new InvalidOperationException("second " + n), 2);
        int after = dispatcher.Invoke(() => 42);
        handled.Wait("both exceptions handled");

        Assert.Equal(42, after);
        Assert.Equal(new[] { "throws:first", "throws:second 2" }, seen);
        Assert.Equal(2, dispatcher.Stats.UnhandledExceptions);
    }

    [Fact]
    public void A_throwing_exception_handler_does_not_kill_the_loop()
    {
        var options = new DispatcherOptions { UnhandledExceptionHandler = (_, _) => throw new InvalidOperationException("handler") };
        using var dispatcher = Dispatcher.Start("handler-throws", options);
        dispatcher.Post(() => throw new InvalidOperationException("callback"));
        Assert.Equal(7, dispatcher.Invoke(() => 7));
        Assert.Equal(1, dispatcher.Stats.UnhandledExceptions);
    }

    [Fact]
    public void Posts_after_exit_are_refused_clearly_never_dropped_silently()
    {
        var dispatcher = Dispatcher.Start("exited");
        dispatcher.Dispose();

        Assert.True(dispatcher.HasExited);
        Assert.False(dispatcher.TryPost(() => { }));
        Assert.False(dispatcher.TryPost<int>(_ => { }, 1));
        var error = Assert.Throws<ObjectDisposedException>(() => dispatcher.Post(() => { }));
        Assert.Contains("exited", error.Message, StringComparison.Ordinal);
        Assert.Throws<ObjectDisposedException>(() => dispatcher.Post<string>(_ => { }, "x"));
    }

    [Fact]
    public void Exit_refuses_posts_at_once_even_before_the_loop_notices()
    {
        using var gate = new ManualResetEventSlim();
        using var dispatcher = Dispatcher.Start("exit-now");
        dispatcher.Post(() => gate.Wait("the test to release the loop"));
        dispatcher.Exit();
        bool accepted = dispatcher.TryPost(() => { });
        gate.Set();
        dispatcher.Completion.Completes("loop exit");
        Assert.False(accepted);
    }

    [Theory]
    [InlineData(QueuedWorkAtExit.Drain)]
    [InlineData(QueuedWorkAtExit.Discard)]
    public void Dispose_racing_with_producers_loses_nothing_and_does_not_deadlock(QueuedWorkAtExit policy)
    {
        for (int round = 0; round < 20; round++)
        {
            var dispatcher = Dispatcher.Start($"race-{round}", new DispatcherOptions { QueuedWorkAtExit = policy });
            long executed = 0;
            long accepted = 0;
            using var startLine = new Barrier(4);
            var producers = Enumerable.Range(0, 3).Select(_ => new Thread(() =>
            {
                startLine.SignalAndWait();
                long mine = 0;
                while (dispatcher.TryPost(() => executed++))
                {
                    mine++;
                }

                Interlocked.Add(ref accepted, mine);
            })).ToList();
            producers.ForEach(t => t.Start());
            startLine.SignalAndWait();
            dispatcher.Dispose();
            producers.ForEach(t => Assert.True(t.Join(TestWait.Timeout), "a producer did not stop after exit"));

            long discarded = dispatcher.Stats.DiscardedAtExit;
            Assert.Equal(accepted, executed + discarded);
            if (policy == QueuedWorkAtExit.Drain)
            {
                Assert.Equal(0, discarded);
            }
        }
    }

    [Fact]
    public void Post_with_value_type_state_allocates_nothing_in_steady_state()
    {
        using var dispatcher = Dispatcher.Start("alloc");
        using var drained = new ManualResetEventSlim();
        long sum = 0;
        Action<long> add = n => sum += n;
        Action<ManualResetEventSlim> signal = s => s.Set();

        void Round()
        {
            drained.Reset();
            for (int i = 0; i < 500; i++)
            {
                dispatcher.Post(add, i);
            }

            dispatcher.Post(signal, drained);
            drained.Wait("the loop to drain a round");
        }

        // Steady state means the queue's ring already holds as many posts as can be in flight at once (one round):
        // grow it by queueing a full round behind a blocked loop.
        using (var gate = new ManualResetEventSlim())
        {
            dispatcher.Post(() => gate.Wait(TestWait.Timeout));
            for (int i = 0; i < 600; i++)
            {
                dispatcher.Post(add, 0);
            }

            gate.Set();
        }

        for (int warm = 0; warm < 20; warm++)
        {
            Round();
        }

        // The event builds its lock object the first time a waiter blocks; make that happen before measuring.
        drained.Reset();
        drained.Wait(1);

        (long allocated, int measured) = SettledAllocation.MeasureRounds(Round, 100);
        Assert.Equal(0, allocated);
        Assert.Equal((20 + measured) * (499L * 500 / 2), dispatcher.Invoke(() => sum));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Every_state_shape_arrives_intact(int posts)
    {
        // Unmanaged states of up to 128 bytes travel inline in the queue's ring, others (holding references, or larger)
        // in pooled holders, references as is.
        using var dispatcher = Dispatcher.Start("state-shapes");
        var inlineBox = new System.Runtime.CompilerServices.StrongBox<long>();
        var holderBox = new System.Runtime.CompilerServices.StrongBox<long>();
        var referenceBox = new System.Runtime.CompilerServices.StrongBox<long>();
        Action<int> addInline = v => inlineBox.Value += v;
        Action<(long A, string B, long C)> addHolder = v => holderBox.Value += v.A + v.B.Length + v.C;
        Action<string> addReference = v => referenceBox.Value += v.Length;
        var threads = new[]
        {
            new Thread(() => { for (int i = 0; i < posts; i++) { dispatcher.Post(addInline, i); } }),
            new Thread(() => { for (int i = 0; i < posts; i++) { dispatcher.Post(addHolder, ((long)i, "a", -1L)); } }),
            new Thread(() => { for (int i = 0; i < posts; i++) { dispatcher.Post(addReference, "abc"); } }),
        };
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            Assert.True(thread.Join(TestWait.Timeout));
        }

        dispatcher.Flush();
        long expected = (long)posts * (posts - 1) / 2;
        Assert.Equal(expected, dispatcher.Invoke(() => inlineBox.Value));
        Assert.Equal(expected, dispatcher.Invoke(() => holderBox.Value));
        Assert.Equal(3L * posts, dispatcher.Invoke(() => referenceBox.Value));
    }

    [Fact]
    public void Post_of_a_cached_action_and_a_work_item_allocate_nothing()
    {
        using var dispatcher = Dispatcher.Start("alloc-action");
        using var drained = new ManualResetEventSlim();
        int count = 0;
        Action increment = () => count++;
        var item = new SignalItem(drained);

        void Round()
        {
            drained.Reset();
            for (int i = 0; i < 500; i++)
            {
                dispatcher.Post(increment);
            }

            dispatcher.Post(item);
            drained.Wait("the loop to drain a round");
        }

        // Warm up until the event's lazily built wait handle and the queue ring exist.
        for (int warm = 0; warm < 20; warm++)
        {
            Round();
        }

        // The event builds its lock object the first time a waiter blocks; make that happen before measuring.
        drained.Reset();
        drained.Wait(1);

        (long allocated, int measured) = SettledAllocation.MeasureRounds(Round, 100);
        Assert.Equal(0, allocated);
        Assert.Equal((20 + measured) * 500, dispatcher.Invoke(() => count));
    }

    [Fact]
    public void Current_and_IsCurrentThread_identify_the_loop()
    {
        using var dispatcher = Dispatcher.Start("identity");
        Assert.False(dispatcher.IsCurrentThread);
        Assert.Null(Dispatcher.Current);
        var (current, isCurrent, threadName) = dispatcher.Invoke(() => (Dispatcher.Current, dispatcher.IsCurrentThread, Thread.CurrentThread.Name));
        Assert.Same(dispatcher, current);
        Assert.True(isCurrent);
        Assert.Equal("identity", threadName);
    }

    [Fact]
    public void A_manual_dispatcher_is_thread_safe_anywhere_until_a_thread_runs_it()
    {
        var dispatcher = new Dispatcher("manual");
        Assert.True(dispatcher.IsCurrentThread);
        int ran = 0;
        dispatcher.Post(() => ran++);
        Assert.True(dispatcher.RunOnce());
        Assert.Equal(1, ran);
        bool elsewhere = true;
        Exception? runElsewhere = null;
        var other = new Thread(() =>
        {
            elsewhere = dispatcher.IsCurrentThread;
            runElsewhere = Record.Exception(() => dispatcher.RunOnce());
        });
        other.Start();
        Assert.True(other.Join(TestWait.Timeout));
        Assert.False(elsewhere);
        Assert.IsType<InvalidOperationException>(runElsewhere);
        dispatcher.Dispose();
        Assert.True(dispatcher.HasExited);
    }

    [Fact]
    public void Loop_statistics_count_iterations_callbacks_and_depth()
    {
        var dispatcher = new Dispatcher("stats");
        for (int i = 0; i < 10; i++)
        {
            dispatcher.Post(static () => { });
        }

        Assert.Equal(10, dispatcher.Stats.QueueDepth);
        dispatcher.RunOnce();
        DispatcherStats stats = dispatcher.Stats;
        Assert.Equal(1, stats.Iterations);
        Assert.Equal(10, stats.CallbacksRun);
        Assert.Equal(0, stats.QueueDepth);
        Assert.True(stats.LastLoopDuration > TimeSpan.Zero);
        dispatcher.Dispose();
    }

    [Fact]
    public void MaxCallbacksPerIteration_bounds_one_iteration()
    {
        var dispatcher = new Dispatcher("budget", new DispatcherOptions { MaxCallbacksPerIteration = 3 });
        int ran = 0;
        for (int i = 0; i < 7; i++)
        {
            dispatcher.Post(() => ran++);
        }

        dispatcher.RunOnce();
        Assert.Equal(3, ran);
        dispatcher.RunOnce();
        dispatcher.RunOnce();
        Assert.Equal(7, ran);
        dispatcher.Dispose();
    }

    private sealed class SignalItem(ManualResetEventSlim signal) : IDispatcherWorkItem
    {
        public void Execute() => signal.Set();
    }
}

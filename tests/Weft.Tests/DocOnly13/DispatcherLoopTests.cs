using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Threading;
using Xunit.Abstractions;

namespace Weft.Tests.DocOnly13;

/// <summary>
/// The loop contract of <see cref="Dispatcher"/>: throwing callbacks, who may run the loop, thread checks, deferred
/// deletes and post ordering (Dispatcher's XML docs, README "a throwing callback never kills it").
/// </summary>
public sealed class DispatcherLoopTests
{
    private readonly ITestOutputHelper _output;

    public DispatcherLoopTests(ITestOutputHelper output) => _output = output;

    // Doc (DispatcherOptions.UnhandledExceptionHandler): "Called on the loop thread with each exception a callback ...
    // throws. The loop survives"; DispatcherStats.CallbacksRun counts "including ones that threw",
    // UnhandledExceptions counts them; IDispatcherWorkItem.Execute: "An exception goes to the dispatcher's handler".
    [Fact]
    public async Task A_throwing_callback_goes_to_the_handler_on_the_loop_thread_is_counted_and_the_loop_goes_on()
    {
        var seen = new ConcurrentQueue<(Dispatcher Loop, Exception Error, int Thread)>();
        var loop = Dispatcher.Start(Kit13.UniqueName("throwing"), new DispatcherOptions
        {
            UnhandledExceptionHandler = (d, e) => seen.Enqueue((d, e, Environment.CurrentManagedThreadId)),
        });
        try
        {
            int loopThread = await loop.InvokeAsync(() => Environment.CurrentManagedThreadId);
            var thrown1 = new InvalidOperationException("from Post(Action)");
            var thrown2 = new ArgumentException("from Post<TState>");
            var thrown3 = new FormatException("from a work item");
            loop.Post(() => throw thrown1);
            loop.Post<Exception>(e => throw e, thrown2);
            loop.Post(new ThrowingItem(thrown3));

            Task<int> after = loop.InvokeAsync(() => 42);
            await Kit13.Within(after, "a callback posted after three throwing ones");
            Assert.Equal(42, await after);

            Assert.Equal(new Exception[] { thrown1, thrown2, thrown3 }, seen.Select(s => s.Error).ToArray());
            Assert.All(seen, s => Assert.Same(loop, s.Loop));
            Assert.All(seen, s => Assert.Equal(loopThread, s.Thread));
            DispatcherStats stats = await Kit13.StatsOnLoop(loop);
            Assert.Equal(3, stats.UnhandledExceptions);
            Assert.True(stats.CallbacksRun >= 4, $"CallbacksRun {stats.CallbacksRun} should count the throwing callbacks");
        }
        finally
        {
            loop.Dispose();
        }
    }

    private sealed class ThrowingItem(Exception error) : IDispatcherWorkItem
    {
        public void Execute() => throw error;
    }

    // Doc (UnhandledExceptionHandler): "When null, the exception is logged through Logger and counted."
    [Fact]
    public async Task Without_a_handler_a_throwing_callback_is_logged_through_the_Logger_and_counted()
    {
        var log = new RecordingLogger();
        var loop = Dispatcher.Start(Kit13.UniqueName("logged"), new DispatcherOptions { Logger = log });
        try
        {
            var thrown = new InvalidOperationException("logged-not-thrown");
            loop.Post(() => throw thrown);
            await Kit13.Within(loop.InvokeAsync(() => { }), "a callback after the throwing one");
            Assert.Contains(log.Entries, e => ReferenceEquals(e.Exception, thrown));
            Assert.Equal(1, (await Kit13.StatsOnLoop(loop)).UnhandledExceptions);
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (Run): "InvalidOperationException: Another thread owns the loop, or it is already running."
    [Fact]
    public async Task Run_from_a_second_thread_while_the_loop_runs_is_refused_and_the_loop_is_unharmed()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("owned"));
        try
        {
            Assert.Throws<InvalidOperationException>(() => loop.Run());
            Exception? fromThird = null;
            var third = new Thread(() => { try { loop.Run(); } catch (Exception e) { fromThird = e; } });
            third.Start();
            Assert.True(third.Join(Kit13.Bound), "the third thread's Run call did not return");
            Assert.IsType<InvalidOperationException>(fromThird);
            Task<string> alive = loop.InvokeAsync(() => Thread.CurrentThread.Name ?? "");
            await Kit13.Within(alive, "the loop to answer after the refused Run calls");
            Assert.Equal(loop.Name, await alive);
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (Run): refused when "it is already running" — here the same thread re-enters Run from inside a callback.
    [Fact]
    public void Run_reentered_from_inside_the_loops_own_callback_is_refused()
    {
        var loop = new Dispatcher(Kit13.UniqueName("reenter"));
        Exception? inner = null;
        loop.Post(() =>
        {
            try { loop.Run(); } catch (Exception e) { inner = e; }
            loop.Exit();
        });
        var runner = new Thread(loop.Run);
        runner.Start();
        Assert.True(runner.Join(Kit13.Bound), "Run did not return after Exit");
        Assert.IsType<InvalidOperationException>(inner);
    }

    // Doc (IsCurrentThread): "True on the loop's thread, and on any thread before a thread was bound to the loop".
    [Fact]
    public async Task IsCurrentThread_is_true_before_binding_true_on_the_loop_and_false_elsewhere_after()
    {
        var unbound = new Dispatcher(Kit13.UniqueName("unbound"));
        Assert.True(unbound.IsCurrentThread);
        Assert.Null(Dispatcher.Current);

        var loop = Dispatcher.Start(Kit13.UniqueName("bound"));
        try
        {
            Task<(bool, Dispatcher?)> onLoop = loop.InvokeAsync(() => (loop.IsCurrentThread, Dispatcher.Current));
            await Kit13.Within(onLoop, "IsCurrentThread read on the loop");
            var (isCurrent, current) = await onLoop;
            Assert.True(isCurrent);
            Assert.Same(loop, current);
            Assert.False(loop.IsCurrentThread);
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc: CreateTimer, DeferredDelete and CreateFileEvent: "InvalidOperationException: Called off the loop thread."
    [Fact]
    public void Loop_thread_only_calls_from_another_thread_are_refused()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("verify-access"));
        try
        {
            var probe = new DisposeProbe();
            Assert.Throws<InvalidOperationException>(() => loop.CreateTimer(() => { }));
            Assert.Throws<InvalidOperationException>(() => loop.DeferredDelete(probe));
            Assert.Equal(0, probe.Disposals);
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (DeferredDelete): "Disposes disposable on the loop thread at the end of the current iteration, after every
    // callback that might still use it."
    [Fact]
    public void A_deferred_delete_runs_on_the_loop_thread_after_the_iterations_remaining_callbacks()
    {
        var loop = new Dispatcher(Kit13.UniqueName("deferred"));
        var probe = new DisposeProbe();
        int disposalsSeenByLaterCallback = -1;
        loop.Post(() => loop.DeferredDelete(probe));
        loop.Post(() => disposalsSeenByLaterCallback = probe.Disposals);
        Assert.True(loop.RunOnce());
        Assert.Equal(0, disposalsSeenByLaterCallback);
        Assert.Equal(1, probe.Disposals);
        Assert.Equal(Environment.CurrentManagedThreadId, probe.DisposedOnThread);
        Kit13.ExitManual(loop);
        Assert.Equal(1, probe.Disposals);
    }

    // Doc: "Deletes requested during a delete pass get a pass of their own"; a throwing Dispose is an exception "a ...
    // deferred delete throws": handled, counted, "The loop survives".
    [Fact]
    public void A_throwing_deferred_delete_is_reported_and_counted_and_deletes_requested_during_a_pass_still_run()
    {
        var errors = new List<Exception>();
        var loop = new Dispatcher(Kit13.UniqueName("deferred-throw"), new DispatcherOptions { UnhandledExceptionHandler = (_, e) => errors.Add(e) });
        var thrown = new InvalidOperationException("dispose failed");
        var late = new DisposeProbe();
        var throwing = new DisposeProbe(() => throw thrown);
        var requester = new DisposeProbe(() => loop.DeferredDelete(late));
        var bystander = new DisposeProbe();
        loop.Post(() =>
        {
            loop.DeferredDelete(throwing);
            loop.DeferredDelete(requester);
            loop.DeferredDelete(bystander);
        });
        Kit13.Pump(loop, () => late.Disposals > 0, "the delete requested during a delete pass");
        Assert.Equal(1, throwing.Disposals);
        Assert.Equal(1, requester.Disposals);
        Assert.Equal(1, bystander.Disposals);
        Assert.Equal(1, late.Disposals);
        Assert.Equal(new Exception[] { thrown }, errors);
        Assert.Equal(1, loop.Stats.UnhandledExceptions);
        int after = 0;
        loop.Post(() => after++);
        loop.RunOnce();
        Assert.Equal(1, after);
        Kit13.ExitManual(loop);
    }

    // Doc (class summary): "callbacks posted from any thread run on it in order (FIFO per producer)". One producer,
    // every post form mixed at random (seeded).
    [Fact]
    public async Task One_producers_posts_of_every_form_run_in_the_order_posted()
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var loop = Dispatcher.Start(Kit13.UniqueName("fifo-one"));
        try
        {
            var seen = new List<int>();
            var invokes = new List<Task>();
            const int Count = 20_000;
            for (int i = 0; i < Count; i++)
            {
                int n = i;
                switch (random.Next(6))
                {
                    case 0: loop.Post(() => seen.Add(n)); break;
                    case 1: loop.Post<int>(v => seen.Add(v), n); break;
                    case 2: loop.Post<(long, long, long, long, long, int)>(v => seen.Add(v.Item6), (1, 2, 3, 4, 5, n)); break;
                    case 3: Assert.True(loop.TryPost<int>(v => seen.Add(v), n)); break;
                    case 4: loop.Post(new RecordingItem(seen, n)); break;
                    default: invokes.Add(loop.InvokeAsync(() => seen.Add(n))); break;
                }
            }
            Task done = loop.InvokeAsync(() => { });
            await Kit13.Within(done, $"{Count} posts to run (seed {seed})");
            await Kit13.Within(Task.WhenAll(invokes), $"the InvokeAsync posts (seed {seed})");
            Assert.True(seen.Count == Count, $"seed {seed}: ran {seen.Count} of {Count}");
            for (int i = 0; i < Count; i++)
            {
                Assert.True(seen[i] == i, $"seed {seed}: position {i} ran post {seen[i]}");
            }
        }
        finally
        {
            loop.Dispose();
        }
    }

    private sealed class RecordingItem(List<int> seen, int n) : IDispatcherWorkItem
    {
        public void Execute() => seen.Add(n);
    }

    // Doc: "FIFO per producer": with several producers at once, each producer's posts keep their order (the docs
    // promise nothing about the interleaving across producers, so that is not asserted).
    [Fact]
    public async Task Several_producers_each_see_their_own_posts_run_in_order()
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var loop = Dispatcher.Start(Kit13.UniqueName("fifo-many"));
        try
        {
            const int Producers = 3;
            const int PerProducer = 10_000;
            var seen = new List<(int Producer, int Seq)>();
            using var go = new ManualResetEventSlim();
            var threads = new Thread[Producers];
            for (int p = 0; p < Producers; p++)
            {
                int producer = p;
                var random = new Random(seed + producer);
                threads[p] = new Thread(() =>
                {
                    go.Wait(Kit13.Bound);
                    for (int i = 0; i < PerProducer; i++)
                    {
                        int n = i;
                        if (random.Next(2) == 0)
                        {
                            loop.Post(() => seen.Add((producer, n)));
                        }
                        else
                        {
                            loop.Post<(int, int)>(v => seen.Add(v), (producer, n));
                        }
                    }
                });
                threads[p].Start();
            }
            go.Set();
            foreach (var t in threads)
            {
                Assert.True(t.Join(Kit13.Bound), $"a producer did not finish posting (seed {seed})");
            }
            await Kit13.Within(loop.InvokeAsync(() => { }), $"every producer's posts to run (seed {seed})");
            Assert.Equal(Producers * PerProducer, seen.Count);
            var next = new int[Producers];
            foreach (var (producer, seq) in seen)
            {
                Assert.True(seq == next[producer], $"seed {seed}: producer {producer} ran {seq} where {next[producer]} was due");
                next[producer]++;
            }
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (DispatcherOptions.MaxCallbacksPerIteration): "Posted callbacks run per loop iteration before timers and
    // deferred deletes get their turn; bounds how long a flood of posts can delay a due timer." A callback that keeps
    // re-posting itself must not starve a due zero-delay timer.
    [Fact]
    public void A_self_reposting_flood_does_not_starve_a_due_timer()
    {
        var loop = new Dispatcher(Kit13.UniqueName("flood"), new DispatcherOptions { MaxCallbacksPerIteration = 16 });
        bool fired = false;
        long floods = 0;
        void Flood()
        {
            floods++;
            if (!fired)
            {
                loop.Post(Flood);
            }
        }
        loop.Post(() =>
        {
            var timer = loop.CreateTimer(() => fired = true);
            timer.Enable(TimeSpan.Zero);
            Flood();
        });
        Kit13.Pump(loop, () => fired, "a zero-delay timer behind a self-reposting flood");
        Assert.True(floods < 100_000, $"the timer waited for {floods} flood callbacks");
        Kit13.ExitManual(loop);
    }
}

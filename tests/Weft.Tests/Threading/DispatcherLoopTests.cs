using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Logging;
using Weft.Tests.FailureSemantics;
using Weft.Tests.Watchdog;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// The loop's mechanics seen from outside, on a clock and a waiter the test controls: what the duration and
/// poll-delay figures measure, the park handshake, the per-iteration budget, which thread and context a loop runs
/// with, what Dispose does from each thread, and the order of the exit (drain, deletes, exit hooks, deletes).
/// </summary>
public sealed class DispatcherLoopTests
{
    [Fact]
    public void Loop_duration_is_the_busy_iteration_s_own_time_and_idle_iterations_leave_it_alone()
    {
        var clock = new ManualClock();
        using var dispatcher = new Dispatcher("durations", new DispatcherOptions { IoBackend = DispatcherIoBackend.Portable }, new DispatcherSeams { Clock = clock });
        using var pair = SocketPair.Open();

        dispatcher.Post(() => clock.Advance(TimeSpan.FromMilliseconds(7)));
        Assert.True(dispatcher.RunOnce());
        AssertMilliseconds(7, dispatcher.Stats.LastLoopDuration);

        clock.Advance(TimeSpan.FromMilliseconds(50));
        Assert.True(dispatcher.RunOnce());
        AssertMilliseconds(7, dispatcher.Stats.LastLoopDuration);

        // A timer alone makes an iteration busy.
        DispatcherTimer timer = dispatcher.CreateTimer(() => clock.Advance(TimeSpan.FromMilliseconds(3)));
        timer.Enable(TimeSpan.FromMilliseconds(1));
        clock.Advance(TimeSpan.FromMilliseconds(5));
        Assert.True(dispatcher.RunOnce());
        AssertMilliseconds(3, dispatcher.Stats.LastLoopDuration);

        // So does a deferred delete alone.
        dispatcher.DeferredDelete(new Disposable(() => clock.Advance(TimeSpan.FromMilliseconds(4))));
        Assert.True(dispatcher.RunOnce());
        AssertMilliseconds(4, dispatcher.Stats.LastLoopDuration);

        // A file event and a post in one iteration: both counted as work.
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => clock.Advance(TimeSpan.FromMilliseconds(2)), FileReadyType.Read);
        fileEvent.Activate(FileReadyType.Read);
        dispatcher.Post(() => clock.Advance(TimeSpan.FromMilliseconds(1)));
        Assert.True(dispatcher.RunOnce());
        AssertMilliseconds(3, dispatcher.Stats.LastLoopDuration);
        AssertMilliseconds(7, dispatcher.Stats.MaxLoopDuration);
        fileEvent.Dispose();
    }

    [Fact]
    public void Poll_delay_is_how_late_the_loop_woke_for_the_timer_it_slept_towards()
    {
        var clock = new ManualClock();
        var waiter = new ScriptedWaiter { OnPark = timeout => clock.Advance(TimeSpan.FromMilliseconds(timeout + 5)) };
        var dispatcher = new Dispatcher("poll-delay", new DispatcherOptions { SpinCountBeforePark = 0 }, new DispatcherSeams { Clock = clock, CreateWaiter = _ => waiter });
        int fired = 0;
        dispatcher.Post(() =>
        {
            DispatcherTimer timer = dispatcher.CreateTimer(() =>
            {
                fired++;
                dispatcher.Exit();
            });
            timer.Enable(TimeSpan.FromMilliseconds(10));
        });

        RunOnOwnThread(dispatcher, waiter);

        Assert.Equal(1, fired);
        Assert.Equal(1, waiter.Parks);
        Assert.InRange(waiter.LastTimeout, 10, 11);
        AssertMilliseconds(5, dispatcher.Stats.LastPollDelay);
        AssertMilliseconds(5, dispatcher.Stats.MaxPollDelay);
    }

    [Fact]
    public void A_post_landing_while_the_loop_announces_its_park_stops_the_park_and_costs_no_wake()
    {
        var waiter = new ScriptedWaiter();
        var dispatcher = new Dispatcher("announce", new DispatcherOptions { SpinCountBeforePark = 0 }, new DispatcherSeams { CreateWaiter = _ => waiter });
        int ran = 0;
        waiter.OnPrepare = () =>
        {
            if (waiter.Prepares == 1)
            {
                // Lands after Prepare, before the parked flag is published: no producer wakes for it.
                dispatcher.Post(() =>
                {
                    ran++;
                    // The loop skipped its park: the flag is down again, so this post wakes nobody either.
                    dispatcher.Post(() =>
                    {
                        ran++;
                        dispatcher.Exit();
                    });
                });
            }
        };

        RunOnOwnThread(dispatcher, waiter);

        Assert.Equal(2, ran);
        Assert.Equal(0, waiter.Parks);
        Assert.Equal(0, dispatcher.Stats.Wakeups);
        Assert.Equal(1, dispatcher.Stats.Parks);
    }

    [Fact]
    public void An_injected_waiter_gets_the_portable_backend_and_the_exit_s_wake()
    {
        var waiter = new ScriptedWaiter();
        using var dispatcher = new Dispatcher("injected", null, new DispatcherSeams { CreateWaiter = _ => waiter });

        Assert.IsType<PortableLoopBackend>(dispatcher.Backend);
        dispatcher.Exit();
        Assert.Equal(1, waiter.Wakes);
    }

    [Fact]
    public void The_budget_holds_across_several_runs_of_the_queue_in_one_iteration()
    {
        using var dispatcher = new Dispatcher("budget-runs", new DispatcherOptions { MaxCallbacksPerIteration = 100 });
        int ran = 0;
        for (int i = 0; i < 200; i++)
        {
            dispatcher.Post(() => ran++);
        }

        Assert.True(dispatcher.RunOnce());

        Assert.Equal(100, ran);
        Assert.Equal(100, dispatcher.Stats.CallbacksRun);
        Assert.Equal(100, dispatcher.Stats.QueueDepth);
    }

    [Fact]
    public void The_running_callback_is_named_while_it_runs_and_forgotten_after()
    {
        using var dispatcher = new Dispatcher("describe");
        var seen = new List<string?>();
        Observed = (dispatcher, seen);
        dispatcher.Post(RecordRunningCallback);
        dispatcher.Post(new RecordingWork());

        Assert.True(dispatcher.RunOnce());

        Assert.Equal([$"{typeof(DispatcherLoopTests).FullName}.{nameof(RecordRunningCallback)}", typeof(RecordingWork).FullName], seen);
        Assert.Null(dispatcher.RunningCallbackDescription);
    }

    [Fact]
    public void A_started_loop_runs_on_a_background_thread_named_after_it()
    {
        using var dispatcher = Dispatcher.Start("named-loop");

        (string? Name, bool IsBackground) thread = dispatcher.Invoke(() => (Thread.CurrentThread.Name, Thread.CurrentThread.IsBackground));

        Assert.Equal(("named-loop", true), thread);
    }

    [Fact]
    public void Run_and_RunOnce_install_the_loop_s_context_and_restore_the_caller_s()
    {
        var callers = new SynchronizationContext();
        var dispatcher = new Dispatcher("contexts");
        using var other = new Dispatcher("inner");
        (Dispatcher? Current, SynchronizationContext? Context) inside = default;
        Dispatcher? afterInner = null;
        (Dispatcher? Current, SynchronizationContext? Context) after = default;
        bool runAfterExitReturned = false;
        Exception? failure = null;
        var thread = new Thread(() => failure = Record.Exception(() =>
        {
            SynchronizationContext.SetSynchronizationContext(callers);
            dispatcher.Post(() =>
            {
                inside = (Dispatcher.Current, SynchronizationContext.Current);
                other.RunOnce();
                afterInner = Dispatcher.Current;
                dispatcher.Exit();
            });
            dispatcher.Run();
            after = (Dispatcher.Current, SynchronizationContext.Current);
            dispatcher.Run(); // exited: returns at once
            runAfterExitReturned = true;
        })) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TestWait.Timeout), "the loop thread did not finish");
        Assert.Null(failure);

        Assert.Same(dispatcher, inside.Current);
        Assert.Same(dispatcher.SynchronizationContext, inside.Context);
        Assert.Same(dispatcher, afterInner);
        Assert.Null(after.Current);
        Assert.Same(callers, after.Context);
        Assert.True(runAfterExitReturned);
    }

    [Fact]
    public void Dispose_inside_a_callback_asks_for_the_exit_without_nesting_and_the_next_run_finishes_it()
    {
        var dispatcher = new Dispatcher("dispose-inside");
        dispatcher.Post(dispatcher.Dispose);

        Assert.True(dispatcher.RunOnce());
        Assert.Equal(0, dispatcher.Stats.UnhandledExceptions);
        Assert.True(dispatcher.IsExitRequested);
        Assert.False(dispatcher.HasExited);

        Assert.False(dispatcher.RunOnce());
        Assert.True(dispatcher.HasExited);
    }

    [Fact]
    public void Dispose_off_the_owning_thread_leaves_the_exit_to_the_owner_and_on_a_never_run_loop_finishes_it()
    {
        var owned = new Dispatcher("owned");
        using var bound = new ManualResetEventSlim();
        using var disposed = new ManualResetEventSlim();
        bool? exitedBeforeOwnerRan = null;
        Exception? ownerFailure = null;
        var owner = new Thread(() => ownerFailure = Record.Exception(() =>
        {
            owned.RunOnce();
            bound.Set();
            disposed.Wait("the test thread's Dispose");
            exitedBeforeOwnerRan = owned.HasExited;
            owned.RunOnce();
        })) { IsBackground = true };
        owner.Start();
        bound.Wait("the owner to bind the loop");
        owned.Dispose();
        Assert.True(owned.IsExitRequested);
        disposed.Set();
        Assert.True(owner.Join(TestWait.Timeout), "the owner thread did not finish");
        Assert.Null(ownerFailure);
        Assert.False(exitedBeforeOwnerRan, "another thread finished the exit of a loop it does not own");
        Assert.True(owned.HasExited);

        var neverRun = new Dispatcher("never-run");
        neverRun.Dispose();
        Assert.True(neverRun.HasExited);
        neverRun.Completion.Completes("the exit of a loop disposed before it ran");
    }

    [Fact]
    public void A_started_loop_disposed_from_its_own_thread_exits_without_joining_itself()
    {
        var dispatcher = Dispatcher.Start("self-dispose");
        dispatcher.Post(dispatcher.Dispose);

        dispatcher.Completion.Completes("a loop disposed from its own thread to exit");
        dispatcher.Dispose();
    }

    [Fact]
    public void At_exit_drained_work_runs_and_counts_then_deletes_then_exit_hooks_then_their_deletes()
    {
        var order = new List<string>();
        var dispatcher = new Dispatcher("exit-order");
        using var pair = SocketPair.Open();
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read);
        fileEvent.LoopExited = () =>
        {
            order.Add("exit hook");
            dispatcher.DeferredDelete(new Disposable(() => order.Add("hook's delete")));
        };
        dispatcher.Post(() => order.Add("first"));
        dispatcher.Exit();
        // Admitted before the exit? No: refused. What was queued before runs.
        Assert.False(dispatcher.TryPost(() => order.Add("refused")));

        Assert.False(dispatcher.RunOnce());

        Assert.Equal(["first", "exit hook", "hook's delete"], order);
        Assert.Equal(1, dispatcher.Stats.CallbacksRun);
    }

    [Fact]
    public void A_callback_drained_at_exit_gets_its_deferred_delete_before_the_exit_hooks_run()
    {
        var order = new List<string>();
        var dispatcher = new Dispatcher("exit-delete");
        using var pair = SocketPair.Open();
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read);
        fileEvent.LoopExited = () => order.Add("exit hook");
        dispatcher.Post(() => dispatcher.DeferredDelete(new Disposable(() => order.Add("drained callback's delete"))));
        dispatcher.Post(() => throw new InvalidOperationException("drained callback fails"));
        dispatcher.Exit();

        Assert.False(dispatcher.RunOnce());

        Assert.Equal(["drained callback's delete", "exit hook"], order);
        Assert.Equal(2, dispatcher.Stats.CallbacksRun);
        Assert.Equal(1, dispatcher.Stats.UnhandledExceptions);
    }

    [Fact]
    public void Discarding_at_exit_runs_nothing_counts_each_post_once_and_warns_with_the_count()
    {
        var logger = new CollectingLogger();
        var dispatcher = new Dispatcher("discard", new DispatcherOptions { QueuedWorkAtExit = QueuedWorkAtExit.Discard, Logger = logger });
        int ran = 0;
        dispatcher.Post(() => ran++);
        dispatcher.Post(_ => ran++, "reference state");
        dispatcher.Post(_ => ran++, (1L, 2L, 3L, 4L, 5L, 6L));
        dispatcher.Exit();

        Assert.False(dispatcher.RunOnce());

        Assert.Equal(0, ran);
        Assert.Equal(3, dispatcher.Stats.DiscardedAtExit);
        Assert.Equal(0, dispatcher.Stats.CallbacksRun);
        Assert.Equal(1, logger.Count(m => m == "Dispatcher 'discard' exited with 3 queued callbacks discarded."));

        var quiet = new CollectingLogger();
        var empty = new Dispatcher("discard-nothing", new DispatcherOptions { QueuedWorkAtExit = QueuedWorkAtExit.Discard, Logger = quiet });
        empty.Exit();
        Assert.False(empty.RunOnce());
        Assert.Equal(0, empty.Stats.DiscardedAtExit);
        Assert.Empty(quiet.Messages);
    }

    private static (Dispatcher Dispatcher, List<string?> Seen) Observed { get; set; }

    private static void RecordRunningCallback() => Observed.Seen.Add(Observed.Dispatcher.RunningCallbackDescription);

    private static void AssertMilliseconds(double expected, TimeSpan actual) => Assert.Equal(expected, actual.TotalMilliseconds, precision: 3);

    private static void RunOnNewThread(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() => failure = Record.Exception(action)) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TestWait.Timeout), "the helper thread did not finish");
        Assert.Null(failure);
    }

    private static void RunOnOwnThread(Dispatcher dispatcher, ScriptedWaiter waiter)
    {
        Exception? failure = null;
        var thread = new Thread(() => failure = Record.Exception(dispatcher.Run)) { IsBackground = true, Name = dispatcher.Name };
        thread.Start();
        if (!thread.Join(TestWait.Timeout))
        {
            waiter.GiveUp(dispatcher);
            throw new TimeoutException($"Timed out after {TestWait.Timeout.TotalSeconds} s waiting for {dispatcher} to exit.");
        }

        Assert.Null(failure);
    }

    private sealed class RecordingWork : IDispatcherWorkItem
    {
        public void Execute() => RecordRunningCallback();
    }

    private sealed class Disposable(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }

    /// <summary>A waiter that never blocks: each park returns at once (after the script's step), so no test can hang in it.</summary>
    private sealed class ScriptedWaiter : IDispatcherWaiter
    {
        private volatile bool _gaveUp;

        public Action? OnPrepare { get; set; }

        public Action<int>? OnPark { get; set; }

        public int Prepares { get; private set; }

        public int Parks { get; private set; }

        public int LastTimeout { get; private set; }

        public int Wakes { get; private set; }

        public void Prepare()
        {
            Prepares++;
            OnPrepare?.Invoke();
        }

        public bool Park(int timeoutMilliseconds)
        {
            Parks++;
            LastTimeout = timeoutMilliseconds;
            if (!_gaveUp)
            {
                OnPark?.Invoke(timeoutMilliseconds);
            }

            return false;
        }

        public void Wake() => Wakes++;

        public void GiveUp(Dispatcher dispatcher)
        {
            _gaveUp = true;
            dispatcher.Exit();
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.DocOnly14;

/// <summary>
/// docs/failure-semantics.md, "Loops": "`DeferredDelete` after the exit (only the thread that ran the loop may call it)
/// disposes the object before it returns: the exit's last delete pass is over, and no callback can use the object any
/// more. A `Dispose` that throws is reported and counted as a callback's exception; the call itself does not throw."
/// Dispatcher.DeferredDelete XML: "Deletes requested during a delete pass get a pass of their own. After the loop has
/// exited (on the thread that ran it) no callback can use it any more, so it is disposed before this returns; an
/// exception from its Dispose is reported as a callback's would be."
/// </summary>
public sealed class DeferredDeleteAfterExitTests
{
    private static Dispatcher ManualLoop(string what, Action<Dispatcher, Exception>? handler = null, QueuedWorkAtExit atExit = QueuedWorkAtExit.Drain, Microsoft.Extensions.Logging.ILogger? logger = null) =>
        new(Kit14.UniqueName(what), new DispatcherOptions { UnhandledExceptionHandler = handler, QueuedWorkAtExit = atExit, Logger = logger });

    // "DeferredDelete after the exit ... disposes the object before it returns" — a manual loop driven by RunOnce.
    [Fact]
    public void Manual_RunOnce_loop_after_exit_disposes_before_return_on_the_calling_thread()
    {
        using Dispatcher loop = ManualLoop("dd-manual");
        loop.RunOnce();
        Kit14.ExitManual(loop);
        var probe = new Probe14();
        loop.DeferredDelete(probe);
        Assert.Equal(1, probe.Disposals);
        Assert.Equal(Environment.CurrentManagedThreadId, probe.DisposedOnThread);
    }

    // Same sentence, for each of several objects in a row: each is disposed by its own call, once.
    [Fact]
    public void Several_deletes_after_exit_are_each_disposed_once_by_their_own_call()
    {
        using Dispatcher loop = ManualLoop("dd-several");
        Kit14.ExitManual(loop);
        var probes = new List<Probe14>();
        for (int i = 0; i < 5; i++)
        {
            var probe = new Probe14();
            probes.Add(probe);
            loop.DeferredDelete(probe);
            Assert.Equal(1, probe.Disposals);
        }

        Assert.All(probes, p => Assert.Equal(1, p.Disposals));
    }

    // "DeferredDelete after the exit ... disposes the object before it returns" — a loop run by Run on our own thread,
    // after Run returned (exit requested from inside a callback).
    [Fact]
    public void Run_on_own_thread_after_Run_returns_disposes_before_return()
    {
        Dispatcher loop = ManualLoop("dd-run");
        Kit14.OnOwnThread(() => RunThenDelete(loop), "run-then-delete");
        loop.Dispose();
    }

    private static void RunThenDelete(Dispatcher loop)
    {
        loop.Post(loop.Exit);
        loop.Run();
        Assert.True(loop.HasExited, "Run returned before the loop had exited");
        var probe = new Probe14();
        loop.DeferredDelete(probe);
        Assert.Equal(1, probe.Disposals);
        Assert.Equal(Environment.CurrentManagedThreadId, probe.DisposedOnThread);
    }

    private static int RunUntilExitThenDelete(Dispatcher loop)
    {
        loop.Run();
        var probe = new Probe14();
        loop.DeferredDelete(probe);
        return probe.Disposals;
    }

    // Same, with the exit asked for from another thread while Run is parked.
    [Fact]
    public void Run_exited_from_another_thread_then_delete_on_the_running_thread_disposes_before_return()
    {
        Dispatcher loop = ManualLoop("dd-run-ext");
        using var running = new ManualResetEventSlim();
        int disposals = -1;
        var runner = Task.Factory.StartNew(() =>
        {
            loop.Post(running.Set);
            disposals = RunUntilExitThenDelete(loop);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Kit14.WaitSet(running, "the loop to run a callback");
        loop.Exit();
        Kit14.WaitTask(runner, "Run to return and the delete to be done");
        Assert.Equal(1, disposals);
    }

    // A never-run loop disposed: "DeferredDelete after the exit disposes the object before it returns". Reading: a
    // loop nobody ran has no owner, so Dispose() makes its caller the thread that ran (the exit of) the loop; that
    // thread may then delete after the exit. (Dispose XML: "Exits and, off the loop thread, waits for the loop to
    // finish"; before any thread was bound every thread is the loop thread, IsCurrentThread XML.)
    [Fact]
    public void Never_run_loop_disposed_then_delete_on_the_disposing_thread_disposes_before_return()
    {
        Dispatcher loop = ManualLoop("dd-never-run");
        // WEFT0005 false positive: this thread disposes (completes the exit of) the loop, then deletes.
#pragma warning disable WEFT0005
        Kit14.OnOwnThread(() => DisposeNeverRunThenDelete(loop), "dispose a never-run loop, then delete");
#pragma warning restore WEFT0005
    }

    private static void DisposeNeverRunThenDelete(Dispatcher loop)
    {
        loop.Dispose();
        Kit14.Pump(loop, () => loop.HasExited, "the never-run loop's exit");
        var probe = new Probe14();
        loop.DeferredDelete(probe);
        Assert.Equal(1, probe.Disposals);
    }

    // A never-run loop whose exit was completed by a Dispose on another thread: that thread "ran" it, so the test
    // thread is refused (InvalidOperationException, XML "Called off the loop thread") and nothing is disposed.
    [Fact]
    public void Never_run_loop_disposed_elsewhere_refuses_delete_here()
    {
        Dispatcher loop = ManualLoop("dd-never-run-elsewhere");
        Kit14.OnOwnThread(loop.Dispose, "dispose a never-run loop");
        Assert.True(loop.HasExited, "Dispose() of a never-run loop did not complete its exit");
        var probe = new Probe14();
        Exception? thrown = Record.Exception(() => loop.DeferredDelete(probe));
        Assert.IsType<InvalidOperationException>(thrown);
        Assert.Contains(loop.Name, thrown!.Message, StringComparison.Ordinal);
        Assert.Equal(0, probe.Disposals);
    }

    // "Deletes requested during a delete pass get a pass of their own" + the exit's "last delete pass": a Dispose run in
    // the exit's own pass that asks for another delete; both are done by the time the loop has exited, each once.
    [Fact]
    public void Delete_requested_inside_the_exits_own_delete_pass_is_disposed_by_the_exit()
    {
        using Dispatcher loop = ManualLoop("dd-nested-exit");
        var inner = new Probe14();
        var outer = new Probe14(() => loop.DeferredDelete(inner));
        loop.Post(() =>
        {
            loop.DeferredDelete(outer);
            loop.Exit();
        });
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.Equal(1, outer.Disposals);
        Assert.Equal(1, inner.Disposals);
        Assert.True(inner.Order > outer.Order, "the inner delete ran before the Dispose that asked for it");
    }

    // A chain of deletes requested from Dispose during the exit pass, several levels deep: none is lost.
    [Fact]
    public void Chain_of_deletes_from_Dispose_during_the_exit_is_fully_disposed()
    {
        using Dispatcher loop = ManualLoop("dd-chain");
        var probes = new Probe14[6];
        probes[^1] = new Probe14();
        for (int i = probes.Length - 2; i >= 0; i--)
        {
            Probe14 next = probes[i + 1];
            probes[i] = new Probe14(() => loop.DeferredDelete(next));
        }

        loop.Post(() => loop.DeferredDelete(probes[0]));
        loop.Exit();
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.All(probes, p => Assert.Equal(1, p.Disposals));
    }

    // "A Dispose that throws is reported and counted as a callback's exception; the call itself does not throw."
    [Fact]
    public void Throwing_Dispose_after_exit_goes_to_the_handler_and_is_counted_and_the_call_does_not_throw()
    {
        var reported = new ConcurrentQueue<(Dispatcher Loop, Exception Error, int Thread)>();
        using Dispatcher loop = ManualLoop("dd-throw", (d, e) => reported.Enqueue((d, e, Environment.CurrentManagedThreadId)));
        Kit14.ExitManual(loop);
        long before = loop.Stats.UnhandledExceptions;
        var boom = new InvalidOperationException("boom from Dispose after exit");
        var probe = new Probe14(() => throw boom);
        Exception? thrown = Record.Exception(() => loop.DeferredDelete(probe));
        Assert.Null(thrown);
        Assert.Equal(1, probe.Disposals);
        (Dispatcher Loop, Exception Error, int Thread) entry = Assert.Single(reported);
        Assert.Same(loop, entry.Loop);
        Assert.Same(boom, entry.Error);
        Assert.Equal(before + 1, loop.Stats.UnhandledExceptions);
    }

    // Same sentence with no handler: "When null, the exception is logged through Logger and counted" (DispatcherOptions).
    [Fact]
    public void Throwing_Dispose_after_exit_without_a_handler_is_logged_and_counted()
    {
        var logger = new RecordingLogger14();
        using Dispatcher loop = ManualLoop("dd-throw-log", logger: logger);
        Kit14.ExitManual(loop);
        long before = loop.Stats.UnhandledExceptions;
        var boom = new InvalidOperationException("boom-" + Guid.NewGuid().ToString("N"));
        Exception? thrown = Record.Exception(() => loop.DeferredDelete(new Probe14(() => throw boom)));
        Assert.Null(thrown);
        Assert.True(logger.Mentions(boom), "the throwing Dispose after exit was not logged");
        Assert.Equal(before + 1, loop.Stats.UnhandledExceptions);
    }

    // A throwing Dispose after exit that first asks for another delete: the other is disposed too, before the call
    // returns (after the exit every delete is done before its call returns), and only one exception is counted.
    [Fact]
    public void Throwing_Dispose_after_exit_that_requests_a_delete_still_gets_it_done()
    {
        var reported = new ConcurrentQueue<Exception>();
        using Dispatcher loop = ManualLoop("dd-throw-nested", (_, e) => reported.Enqueue(e));
        Kit14.ExitManual(loop);
        var inner = new Probe14();
        var outer = new Probe14(() =>
        {
            loop.DeferredDelete(inner);
            throw new InvalidOperationException("outer throws after asking for inner");
        });
        Exception? thrown = Record.Exception(() => loop.DeferredDelete(outer));
        Assert.Null(thrown);
        Assert.Equal(1, outer.Disposals);
        Assert.Equal(1, inner.Disposals);
        Assert.Single(reported);
    }

    // After the exit, a delete asked for from inside a Dispose that a post-exit DeferredDelete runs: reading "disposed
    // before this returns" per call, the inner call disposes at once too (not only before the outer call returns).
    [Fact]
    public void Delete_requested_inside_a_post_exit_Dispose_is_disposed_before_the_inner_call_returns()
    {
        using Dispatcher loop = ManualLoop("dd-inner-strict");
        Kit14.ExitManual(loop);
        var inner = new Probe14();
        int innerAtReturn = -1;
        var outer = new Probe14(() =>
        {
            loop.DeferredDelete(inner);
            innerAtReturn = inner.Disposals;
        });
        loop.DeferredDelete(outer);
        Assert.Equal(1, inner.Disposals);
        Assert.True(innerAtReturn == 1, "the inner DeferredDelete after the exit returned before disposing its object");
    }

    // A Dispose that throws during the exit's own delete pass, after asking for another delete: that delete still gets
    // its own pass, and the exception is reported once ("the loop survives either way").
    [Fact]
    public void Throwing_Dispose_in_the_exits_delete_pass_does_not_lose_the_delete_it_requested()
    {
        var reported = new ConcurrentQueue<Exception>();
        using Dispatcher loop = ManualLoop("dd-throw-exitpass", (_, e) => reported.Enqueue(e));
        var inner = new Probe14();
        var sibling = new Probe14();
        var outer = new Probe14(() =>
        {
            loop.DeferredDelete(inner);
            throw new InvalidOperationException("outer throws during the exit's pass");
        });
        loop.Post(() =>
        {
            loop.DeferredDelete(outer);
            loop.DeferredDelete(sibling);
            loop.Exit();
        });
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.Equal(1, outer.Disposals);
        Assert.Equal(1, sibling.Disposals);
        Assert.Equal(1, inner.Disposals);
        Assert.Single(reported);
        Assert.Equal(1, loop.Stats.UnhandledExceptions);
    }

    // DeferredDelete XML: "at the end of the current iteration, after every callback that might still use it", and
    // QueuedWorkAtExit.Drain: "Run every callback admitted before the exit". A delete asked for by a callback drained at
    // exit is disposed after every drained callback ran (reading: the drain is the exit's last iteration), and before
    // HasExited reads true.
    [Fact]
    public void Delete_requested_by_a_drained_callback_runs_after_the_drain_and_before_HasExited()
    {
        using Dispatcher loop = ManualLoop("dd-drain-order", atExit: QueuedWorkAtExit.Drain);
        loop.RunOnce();
        var probe = new Probe14();
        long lastCallbackOrder = -1;
        bool exitedSeenByDispose = true;
        var deleted = new Probe14(() => exitedSeenByDispose = loop.HasExited);
        loop.Post(() => loop.DeferredDelete(probe));
        loop.Post(() => loop.DeferredDelete(deleted));
        loop.Post(() => lastCallbackOrder = Probe14.NextOrder());
        loop.Exit();
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.Equal(1, probe.Disposals);
        Assert.Equal(1, deleted.Disposals);
        Assert.True(lastCallbackOrder > 0, "the last callback admitted before the exit did not run (Drain)");
        Assert.True(probe.Order > lastCallbackOrder, "a delete asked for by a drained callback ran before a later drained callback");
        Assert.False(exitedSeenByDispose, "HasExited read true while the exit's delete pass was still running");
    }

    // QueuedWorkAtExit.Discard: callbacks queued from outside before the exit never run and are counted; a delete
    // asked for in the loop's last iteration is still done by the exit; one asked for after the exit is immediate.
    // (Exit XML: "the loop finishes its current iteration, then drains or discards what is queued".)
    [Fact]
    public void Discard_still_disposes_deletes_requested_before_the_exit_and_after_it()
    {
        using Dispatcher loop = ManualLoop("dd-discard", atExit: QueuedWorkAtExit.Discard);
        var before = new Probe14();
        loop.Post(() =>
        {
            loop.DeferredDelete(before);
            loop.Exit();
        });
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.Equal(1, before.Disposals);
        var after = new Probe14();
        loop.DeferredDelete(after);
        Assert.Equal(1, after.Disposals);
    }

    [Fact]
    public void Discard_drops_queued_callbacks_and_a_delete_after_the_exit_is_immediate()
    {
        using Dispatcher loop = ManualLoop("dd-discard2", atExit: QueuedWorkAtExit.Discard);
        loop.RunOnce();
        bool discardedRan = false;
        loop.Post(() => discardedRan = true);
        loop.Post(() => discardedRan = true);
        loop.Exit();
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.False(discardedRan, "a callback queued before a Discard exit ran");
        Assert.Equal(2, loop.Stats.DiscardedAtExit);
        var after = new Probe14();
        loop.DeferredDelete(after);
        Assert.Equal(1, after.Disposals);
    }

    // "(only the thread that ran the loop may call it)" + XML "InvalidOperationException: Called off the loop thread":
    // a Start()ed loop's thread is gone after the exit, so any other thread is refused, and the object is not disposed
    // on the wrong thread. Reading: refused means InvalidOperationException, nothing disposed.
    [Fact]
    public void Started_loop_after_exit_refuses_delete_from_another_thread()
    {
        Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("dd-started"));
        loop.Dispose();
        Assert.True(loop.HasExited, "Dispose off the loop thread returned before the loop exited");
        var probe = new Probe14();
        Exception? thrown = Record.Exception(() => loop.DeferredDelete(probe));
        Assert.IsType<InvalidOperationException>(thrown);
        Assert.Equal(0, probe.Disposals);
    }

    // Same rule for a manual loop: a thread other than the one that ran it is refused after the exit.
    [Fact]
    public void Manual_loop_after_exit_refuses_delete_from_a_thread_that_did_not_run_it()
    {
        using Dispatcher loop = ManualLoop("dd-other-thread");
        Kit14.ExitManual(loop);
        var probe = new Probe14();
#pragma warning disable WEFT0005 // deliberately off the loop's thread: the refusal is what is tested
        Exception? thrown = Kit14.CaptureOnOtherThread(() => loop.DeferredDelete(probe), "delete from another thread");
#pragma warning restore WEFT0005
        Assert.IsType<InvalidOperationException>(thrown);
        Assert.Equal(0, probe.Disposals);

        // The owner can still do it.
        loop.DeferredDelete(probe);
        Assert.Equal(1, probe.Disposals);
    }

    // A delete requested by a deferred delete's Dispose after exit under a handler that itself asks for a delete:
    // the handler runs on the owner thread, so its request is also disposed before it returns.
    [Fact]
    public void Delete_requested_from_the_exception_handler_after_exit_is_disposed_at_once()
    {
        var fromHandler = new Probe14();
        Dispatcher? self = null;
        int handlerDisposals = -1;
        using Dispatcher loop = ManualLoop("dd-handler", (d, _) =>
        {
            d.DeferredDelete(fromHandler);
            handlerDisposals = fromHandler.Disposals;
        });
        self = loop;
        Kit14.ExitManual(loop);
        loop.DeferredDelete(new Probe14(() => throw new InvalidOperationException("throws")));
        Assert.NotNull(self);
        Assert.True(fromHandler.Disposals == 1, $"a delete asked for by the handler after the exit was disposed {fromHandler.Disposals} times by the time the outer DeferredDelete returned");
        Assert.True(handlerDisposals == 1, "a delete asked for by the exception handler after the exit was not disposed before its DeferredDelete returned (it was deferred)");
    }

    // Dispose() from the owning thread of a manual loop, then the exit completed by RunOnce: deletes afterwards are
    // immediate. (Dispose XML: "Exits and, off the loop thread, waits for the loop to finish.")
    [Fact]
    public void Dispose_on_the_owner_thread_then_RunOnce_then_delete_disposes_before_return()
    {
        Dispatcher loop = ManualLoop("dd-dispose-owner");
        loop.RunOnce();
        loop.Dispose();
        Kit14.Pump(loop, () => loop.HasExited, "the exit after Dispose on the owner thread");
        var probe = new Probe14();
        loop.DeferredDelete(probe);
        Assert.Equal(1, probe.Disposals);
    }

    // Dispose() from another thread on a loop its owner drives with RunOnce (the lead changed the doc after this
    // tester's first reading: "A loop driven by RunOnce from another thread finishes its exit at that thread's next
    // RunOnce; Dispose does not wait for it, which could be for ever"): Dispose returns with the exit asked, not done;
    // the owner's next RunOnce finishes it, and a delete after that is immediate.
    [Fact]
    public void Dispose_from_another_thread_of_a_RunOnce_loop_asks_and_the_owners_next_RunOnce_finishes_the_exit()
    {
        Dispatcher loop = ManualLoop("dd-dispose-other");
        loop.RunOnce();
        Task dispose = Task.Factory.StartNew(loop.Dispose, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Kit14.WaitTask(dispose, "Dispose of a loop driven by RunOnce elsewhere to return without the owner pumping");
        Assert.True(loop.IsExitRequested, "Dispose did not ask for the exit");
        Assert.False(loop.HasExited, "the exit finished without its owner's RunOnce");
        Assert.False(loop.RunOnce());
        Assert.True(loop.HasExited);
        var probe = new Probe14();
        loop.DeferredDelete(probe);
        Assert.Equal(1, probe.Disposals);
    }

    // Between Exit and the exit's completion (exiting, not exited) the owner's delete is still deferred, and the exit's
    // last pass does it: disposed exactly once by the time HasExited reads true.
    [Fact]
    public void Delete_between_Exit_and_its_completion_is_done_by_the_exit_once()
    {
        using Dispatcher loop = ManualLoop("dd-exiting");
        loop.RunOnce();
        loop.Exit();
        var probe = new Probe14();
        loop.DeferredDelete(probe);
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.Equal(1, probe.Disposals);
    }

    // Dispose() from another thread while the owner is inside Run: "off the loop thread, waits for the loop to finish".
    [Fact]
    public void Dispose_from_another_thread_while_the_owner_is_in_Run_waits_for_Run_to_finish_the_exit()
    {
        Dispatcher loop = ManualLoop("dd-dispose-run");
        using var running = new ManualResetEventSlim();
        var runner = new Thread(() =>
        {
            loop.Post(running.Set);
            loop.Run();
        })
        { IsBackground = true };
        runner.Start();
        Kit14.WaitSet(running, "Run to run a callback");
        bool exitedAtReturn = false;
        bool completedAtReturn = false;
        Kit14.OnOwnThread(() =>
        {
            loop.Dispose();
            exitedAtReturn = loop.HasExited;
            completedAtReturn = loop.Completion.IsCompleted;
        }, "Dispose from another thread");
        Assert.True(exitedAtReturn, $"Dispose from another thread returned before the loop (in Run) had exited (Completion done: {completedAtReturn})");
        Assert.True(runner.Join(Kit14.Bound), "Run did not return");
    }
}

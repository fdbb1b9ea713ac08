using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.DocOnly14;

/// <summary>
/// docs/failure-semantics.md, "Loops": "`Run` or `RunOnce` from a thread other than the one that owns the loop (the
/// first to run it, or `Start`'s thread), or nested inside a callback, throws `InvalidOperationException` naming the
/// dispatcher. `RunOnce` on a loop that has exited returns false at once, from any thread."
/// </summary>
public sealed class RunRulesTests
{
    private static void AssertNamesLoop(Exception? thrown, Dispatcher loop)
    {
        InvalidOperationException ioe = Assert.IsType<InvalidOperationException>(thrown);
        Assert.Contains(loop.Name, ioe.Message, StringComparison.Ordinal);
    }

    // "from a thread other than the one that owns the loop (the first to run it ...)": RunOnce.
    [Fact]
    public void RunOnce_from_a_thread_other_than_the_first_to_run_it_throws_naming_the_loop()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-owner"));
        loop.RunOnce();
        Exception? thrown = Kit14.CaptureOnOtherThread(() => loop.RunOnce(), "RunOnce from another thread");
        AssertNamesLoop(thrown, loop);
        Kit14.ExitManual(loop);
    }

    // Same, Run.
    [Fact]
    public void Run_from_a_thread_other_than_the_first_to_run_it_throws_naming_the_loop()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-owner-run"));
        loop.RunOnce();
        Exception? thrown = Kit14.CaptureOnOtherThread(loop.Run, "Run from another thread");
        AssertNamesLoop(thrown, loop);
        Kit14.ExitManual(loop);
    }

    // The first thread to run it stays the owner after that thread has ended.
    [Fact]
    public void Owner_stays_the_first_thread_even_after_it_ended()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-owner-gone"));
        Kit14.OnOwnThread(() => loop.RunOnce(), "the first runner");
        AssertNamesLoop(Record.Exception(() => loop.RunOnce()), loop);
        AssertNamesLoop(Record.Exception(loop.Run), loop);
    }

    // "(... or `Start`'s thread)": Run and RunOnce on a started loop from the test thread.
    [Fact]
    public void Run_and_RunOnce_on_a_started_loop_from_another_thread_throw_naming_the_loop()
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("rr-started"));
        Kit14.WaitTask(loop.InvokeAsync(() => { }), "the started loop to run");
        AssertNamesLoop(Record.Exception(() => loop.RunOnce()), loop);
        AssertNamesLoop(Record.Exception(loop.Run), loop);
    }

    // "or nested inside a callback": RunOnce and Run inside a posted callback of a manual loop.
    [Fact]
    public void RunOnce_and_Run_nested_in_a_posted_callback_throw_naming_the_loop()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-nested"));
        Exception? fromRunOnce = null;
        Exception? fromRun = null;
        bool ran = false;
        loop.Post(() =>
        {
            fromRunOnce = Record.Exception(() => loop.RunOnce());
            fromRun = Record.Exception(loop.Run);
            ran = true;
        });
        Kit14.Pump(loop, () => ran, "the nesting callback");
        AssertNamesLoop(fromRunOnce, loop);
        AssertNamesLoop(fromRun, loop);
        Kit14.ExitManual(loop);
    }

    // Nested inside a callback of a Start()ed loop (its own thread, the owner).
    [Fact]
    public void RunOnce_nested_in_a_started_loops_callback_throws_naming_the_loop()
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("rr-nested-started"));
        AssertNamesLoop(Kit14.Result(loop.InvokeAsync<Exception?>(() => Record.Exception(() => loop.RunOnce())), "the nesting callback"), loop);
        AssertNamesLoop(Kit14.Result(loop.InvokeAsync<Exception?>(() => Record.Exception(loop.Run)), "the nesting callback (Run)"), loop);
    }

    // Nested inside each kind of callback: a timer callback, a deferred delete's Dispose, an InvokeAsync function.
    [Fact]
    public void RunOnce_nested_in_a_timer_callback_and_in_a_deferred_Dispose_throws_naming_the_loop()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-nested-kinds"));
        Exception? fromTimer = null;
        Exception? fromDelete = null;
        bool timerRan = false;
        bool deleteRan = false;
        loop.Post(() =>
        {
            DispatcherTimer timer = loop.CreateTimer(() =>
            {
                fromTimer = Record.Exception(() => loop.RunOnce());
                timerRan = true;
            });
            timer.Enable(TimeSpan.Zero);
            loop.DeferredDelete(new Probe14(() =>
            {
                fromDelete = Record.Exception(() => loop.RunOnce());
                deleteRan = true;
            }));
        });
        Kit14.Pump(loop, () => timerRan && deleteRan, "the timer and the deferred delete");
        AssertNamesLoop(fromTimer, loop);
        AssertNamesLoop(fromDelete, loop);
        Kit14.ExitManual(loop);
    }

    // Nested inside a callback that runs during the exit's drain (the loop is exiting, not exited): still refused, not
    // "false": the loop has not exited yet.
    [Fact]
    public void RunOnce_nested_in_a_callback_drained_at_exit_throws_rather_than_returning_false()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-nested-drain"));
        Exception? nested = null;
        bool ran = false;
        loop.RunOnce();
        loop.Post(() =>
        {
            nested = Record.Exception(() => loop.RunOnce());
            ran = true;
        });
        loop.Exit();
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.True(ran, "the callback admitted before the exit was not drained");
        AssertNamesLoop(nested, loop);
    }

    // Nested: a callback of loop A running RunOnce on a *different* manual loop B that this thread owns is not
    // "nested inside a callback" of B. Reading: the rule is per loop. Calling B.RunOnce inside A's callback is allowed.
    [Fact]
    public void RunOnce_of_another_loop_inside_a_callback_is_not_nesting()
    {
        using var a = new Dispatcher(Kit14.UniqueName("rr-a"));
        using var b = new Dispatcher(Kit14.UniqueName("rr-b"));
        b.RunOnce();
        Exception? thrown = null;
        bool ran = false;
        bool bRan = false;
        b.Post(() => bRan = true);
        a.Post(() =>
        {
            thrown = Record.Exception(() => b.RunOnce());
            ran = true;
        });
        Kit14.Pump(a, () => ran, "A's callback");
        Assert.Null(thrown);
        Assert.True(bRan, "B's queued callback did not run in B.RunOnce inside A's callback");
        Kit14.ExitManual(a);
        Kit14.ExitManual(b);
    }

    // "`RunOnce` on a loop that has exited returns false at once, from any thread": the owner.
    [Fact]
    public void RunOnce_after_exit_returns_false_on_the_owner()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-false-owner"));
        Kit14.ExitManual(loop);
        Assert.False(loop.RunOnce());
        Assert.False(loop.RunOnce());
    }

    // ... from another thread (a manual loop).
    [Fact]
    public void RunOnce_after_exit_returns_false_on_another_thread()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-false-other"));
        Kit14.ExitManual(loop);
        bool? result = null;
        Exception? thrown = Kit14.CaptureOnOtherThread(() => result = loop.RunOnce(), "RunOnce after exit, other thread");
        Assert.Null(thrown);
        Assert.False(result);
    }

    // ... a Start()ed loop whose thread is gone, from the test thread.
    [Fact]
    public void RunOnce_after_a_started_loop_exited_returns_false_on_the_test_thread()
    {
        Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("rr-false-started"));
        loop.Exit();
        Kit14.WaitTask(loop.Completion, "the started loop's exit");
        Assert.True(loop.HasExited);
        Exception? thrown = Record.Exception(() => Assert.False(loop.RunOnce()));
        Assert.Null(thrown);
        loop.Dispose();
    }

    // ... a loop that exited while another loop's callback runs: RunOnce inside a callback of a *different* (Start()ed)
    // loop, on the exited manual loop, returns false ("from any thread").
    [Fact]
    public void RunOnce_on_an_exited_loop_from_inside_another_loops_callback_returns_false()
    {
        using var exited = new Dispatcher(Kit14.UniqueName("rr-false-exited"));
        Kit14.ExitManual(exited);
        using Dispatcher other = Dispatcher.Start(Kit14.UniqueName("rr-false-host"));
        Assert.False(Kit14.Result(other.InvokeAsync(exited.RunOnce), "RunOnce inside another loop's callback"));
    }

    // ... from many threads at once: all false, none throws.
    [Fact]
    public void RunOnce_after_exit_from_many_threads_at_once_returns_false_everywhere()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-false-many"));
        Kit14.ExitManual(loop);
        var results = new ConcurrentQueue<object>();
        var tasks = new Task[4];
        for (int i = 0; i < tasks.Length; i++)
        {
            tasks[i] = Task.Factory.StartNew(() =>
            {
                try
                {
                    for (int k = 0; k < 100; k++)
                    {
                        results.Enqueue(loop.RunOnce());
                    }
                }
                catch (Exception ex)
                {
                    results.Enqueue(ex);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Kit14.WaitTask(Task.WhenAll(tasks), "the threads calling RunOnce");
        Assert.All(results, r => Assert.Equal(false, r));
    }

    // A loop that never ran, exited (Exit, then one RunOnce completes it: "After Exit, completes the exit instead"):
    // afterwards false from the completing thread and from another one.
    [Fact]
    public void Never_run_loop_exit_completed_by_RunOnce_then_false_from_any_thread()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-never-run"));
        loop.Exit();
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.False(loop.RunOnce());
        bool? other = null;
        Assert.Null(Kit14.CaptureOnOtherThread(() => other = loop.RunOnce(), "RunOnce, other thread"));
        Assert.False(other);
    }

    // Exiting but not exited: another thread's RunOnce is still refused (the false is for a loop that has exited).
    [Fact]
    public void RunOnce_from_another_thread_while_exit_is_requested_but_not_complete_throws()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-exiting"));
        loop.RunOnce();
        loop.Exit();
        Assert.False(loop.HasExited);
        Exception? thrown = Kit14.CaptureOnOtherThread(() => loop.RunOnce(), "RunOnce while exiting");
        AssertNamesLoop(thrown, loop);
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
    }

    // RunOnce XML: "Returns true while the loop has not exited".
    [Fact]
    public void RunOnce_returns_true_while_not_exited()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-true"));
        Assert.True(loop.RunOnce());
        loop.Post(() => { });
        Assert.True(loop.RunOnce());
        Kit14.ExitManual(loop);
    }

    // The owner may switch between RunOnce and Run: both are "the first to run it".
    [Fact]
    public void Owner_may_Run_after_RunOnce_and_Run_returns_after_Exit_from_another_thread()
    {
        var loop = new Dispatcher(Kit14.UniqueName("rr-switch"));
        using var running = new ManualResetEventSlim();
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                loop.RunOnce();
                loop.Post(running.Set);
                loop.Run();
            }
            catch (Exception ex)
            {
                failure = ex;
                running.Set();
            }
        })
        { IsBackground = true };
        thread.Start();
        Kit14.WaitSet(running, "Run to run a callback");
        loop.Exit();
        Assert.True(thread.Join(Kit14.Bound), "Run did not return after Exit");
        Assert.Null(failure);
        Assert.True(loop.HasExited);
        loop.Dispose();
    }

    // Run on the owner after the loop exited: docs say only "Runs the loop ... until Exit"; reading: it has exited, so
    // Run returns at once (never hangs) or is refused, and never runs anything.
    [Fact]
    public void Run_on_the_owner_after_exit_does_not_hang()
    {
        var loop = new Dispatcher(Kit14.UniqueName("rr-run-after-exit"));
        Exception? thrown = null;
        Kit14.OnOwnThread(() =>
        {
            Kit14.ExitManual(loop);
            thrown = Record.Exception(loop.Run);
        }, "Run after exit");
        Assert.True(thrown is null or InvalidOperationException, $"unexpected {thrown}");
        loop.Dispose();
    }

    // Run from another thread on a Start()ed loop after it exited: refused or returns, but never hangs.
    [Fact]
    public void Run_from_another_thread_on_an_exited_started_loop_does_not_hang()
    {
        Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("rr-run-after-exit-started"));
        loop.Dispose();
        Exception? thrown = Kit14.CaptureOnOtherThread(loop.Run, "Run on an exited started loop");
        Assert.True(thrown is null or InvalidOperationException, $"unexpected {thrown}");
    }

    // RunOnce XML: "After Exit, completes the exit instead. Returns true while the loop has not exited; once it has,
    // returns false". Ambiguous for the call that completes the exit; reading: its answer describes the loop as it
    // returns, so false exactly when HasExited reads true afterwards (a driver can loop `while (loop.RunOnce())`).
    [Fact]
    public void RunOnce_that_completes_the_exit_answers_like_HasExited()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("rr-completing"));
        loop.RunOnce();
        loop.Post(() => { });
        loop.Exit();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            Assert.True(clock.Elapsed < Kit14.Bound, "the exit did not complete");
            bool answer = loop.RunOnce();
            Assert.Equal(!loop.HasExited, answer);
            if (!answer)
            {
                break;
            }
        }
    }
}

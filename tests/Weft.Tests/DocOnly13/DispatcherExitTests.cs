using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>
/// Dispatcher posting before, during and after Exit; QueuedWorkAtExit; continuations after exit
/// (docs/failure-semantics.md "Loops", Dispatcher's XML docs).
/// </summary>
public sealed class DispatcherExitTests
{
    private sealed class CountingItem : IDispatcherWorkItem
    {
        public int Runs;
        public void Execute() => Runs++;
    }

    // Doc: "A post (Post) to a dispatcher that has exited throws ObjectDisposedException on the caller; TryPost returns
    // false. Nothing is queued." Every post form, on a loop that has exited.
    [Fact]
    public void Every_post_form_after_exit_is_refused_naming_the_dispatcher_and_nothing_runs()
    {
        string name = Kit13.UniqueName("exited");
        var loop = new Dispatcher(name);
        Kit13.ExitManual(loop);
        int runs = 0;
        var item = new CountingItem();

        var e1 = Assert.Throws<ObjectDisposedException>(() => loop.Post(() => runs++));
        var e2 = Assert.Throws<ObjectDisposedException>(() => loop.Post<int>(n => runs += n, 1));
        var e3 = Assert.Throws<ObjectDisposedException>(() => loop.Post(item));
        foreach (var e in new[] { e1, e2, e3 })
        {
            Assert.Contains(name, e.Message, StringComparison.Ordinal);
        }

        Assert.False(loop.TryPost(() => runs++));
        Assert.False(loop.TryPost<int>(n => runs += n, 1));
        Assert.False(loop.TryPost(item));

        Assert.False(loop.RunOnce());
        Assert.Equal(0, runs);
        Assert.Equal(0, item.Runs);
        Assert.Equal(0, loop.Stats.CallbacksRun);
        Assert.Equal(0, loop.Stats.QueueDepth);
    }

    // Doc: "Exit refuses further posts at once" / "Posts are refused from this moment": while the loop is still running
    // its current callback after Exit, every post form is refused, and what was admitted before still runs (Drain).
    [Fact]
    public async Task Posts_during_an_exit_in_progress_are_refused_while_work_admitted_before_is_drained()
    {
        string name = Kit13.UniqueName("exiting");
        var loop = Dispatcher.Start(name, new DispatcherOptions { QueuedWorkAtExit = QueuedWorkAtExit.Drain });
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var ran = new List<int>();
        loop.Post(() => { entered.Set(); Kit13.WaitSet(release, "the test to release the loop"); });
        for (int i = 0; i < 50; i++)
        {
            loop.Post<int>(n => ran.Add(n), i);
        }

        Kit13.WaitSet(entered, "the blocking callback to start");
        loop.Exit();
        Assert.True(loop.IsExitRequested);
        Assert.False(loop.HasExited);
        var refused = Assert.Throws<ObjectDisposedException>(() => loop.Post(() => ran.Add(-1)));
        Assert.Contains(name, refused.Message, StringComparison.Ordinal);
        Assert.False(loop.TryPost(() => ran.Add(-2)));
        Task<int> invoke = loop.InvokeAsync(() => -3);

        release.Set();
        await Kit13.Within(loop.Completion, "the loop to finish exiting");
        await Kit13.Within(invoke, "InvokeAsync refused during the exit to complete");
        Assert.True(invoke.IsFaulted, $"InvokeAsync during the exit ended {invoke.Status}");
        Assert.IsType<ObjectDisposedException>(invoke.Exception!.InnerException);
        Assert.True(loop.HasExited);
        Assert.Equal(50, ran.Count);
        for (int i = 0; i < 50; i++)
        {
            Assert.Equal(i, ran[i]);
        }
        Assert.Equal(0, loop.Stats.DiscardedAtExit);
    }

    // Doc: "Dispatcher.InvokeAsync to an exited loop returns a task faulted with ObjectDisposedException" (rather than
    // throwing), for both the Func and the Action form.
    [Fact]
    public async Task InvokeAsync_on_an_exited_loop_returns_a_faulted_task_instead_of_throwing()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("invoke-exited"));
        loop.Exit();
        await Kit13.Within(loop.Completion, "the loop to exit");
        bool ran = false;

        Task<int> func = loop.InvokeAsync(() => { ran = true; return 1; });
        Task action = loop.InvokeAsync(() => { ran = true; });

        await Kit13.Within(func, "InvokeAsync<T> on an exited loop");
        await Kit13.Within(action, "InvokeAsync on an exited loop");
        Assert.IsType<ObjectDisposedException>(func.Exception!.InnerException);
        Assert.IsType<ObjectDisposedException>(action.Exception!.InnerException);
        Assert.False(ran);
    }

    // Doc (QueuedWorkAtExit.Drain): "Run every callback admitted before the exit, then stop." Every post form queued
    // before Exit runs, once each, in order.
    [Fact]
    public async Task Drain_runs_every_post_form_admitted_before_the_exit_in_order()
    {
        var loop = new Dispatcher(Kit13.UniqueName("drain"), new DispatcherOptions { QueuedWorkAtExit = QueuedWorkAtExit.Drain });
        var order = new List<string>();
        var item = new CountingItem();
        loop.Post(() => order.Add("action"));
        loop.Post<string>(s => order.Add(s), "state");
        loop.Post(item);
        Assert.True(loop.TryPost(() => order.Add("try")));
        Task<int> invoke = loop.InvokeAsync(() => { order.Add("invoke"); return 7; });

        Kit13.ExitManual(loop);

        Assert.Equal(new[] { "action", "state", "try", "invoke" }, order);
        Assert.Equal(1, item.Runs);
        Assert.True(invoke.IsCompletedSuccessfully, $"InvokeAsync drained at exit ended {invoke.Status}");
        Assert.Equal(7, await invoke);
        Assert.Equal(0, loop.Stats.DiscardedAtExit);
    }

    // Doc (QueuedWorkAtExit.Discard): "Do not run them; count them in DiscardedAtExit and log a warning." and
    // failure-semantics: an InvokeAsync "queued before the exit that the loop discards" faults with
    // ObjectDisposedException: "its Task always completes".
    [Fact]
    public async Task Discard_runs_nothing_queued_counts_each_item_faults_queued_invokes_and_logs_a_warning()
    {
        var log = new RecordingLogger();
        var loop = new Dispatcher(Kit13.UniqueName("discard"), new DispatcherOptions { QueuedWorkAtExit = QueuedWorkAtExit.Discard, Logger = log });
        int runs = 0;
        var item = new CountingItem();
        loop.Post(() => runs++);
        loop.Post<int>(n => runs += n, 1);
        loop.Post(item);
        Task<int> invoke = loop.InvokeAsync(() => ++runs);

        Kit13.ExitManual(loop);

        Assert.Equal(0, runs);
        Assert.Equal(0, item.Runs);
        Assert.Equal(4, loop.Stats.DiscardedAtExit);
        await Kit13.Within(invoke, "a discarded InvokeAsync to complete");
        Assert.True(invoke.IsFaulted, $"discarded InvokeAsync ended {invoke.Status}");
        Assert.IsType<ObjectDisposedException>(invoke.Exception!.InnerException);
        Assert.True(log.Count(LogLevel.Warning) >= 1, "Discard logged no warning: " + string.Join(" | ", log.Entries));
    }

    // Doc: "The exception is an await continuation ... arriving after the exit: it is dropped (never thrown on the
    // thread that completed the awaited task, never run off the loop), counted in ContinuationsAfterExit and the first
    // one logged" ("the first one per dispatcher is logged at Warning").
    [Fact]
    public async Task Await_continuations_reaching_an_exited_loop_are_dropped_counted_and_logged_once()
    {
        var log = new RecordingLogger();
        var loop = Dispatcher.Start(Kit13.UniqueName("await-after-exit"), new DispatcherOptions { Logger = log });
        var first = new TaskCompletionSource();   // synchronous continuations: they are posted inside SetResult
        var second = new TaskCompletionSource();
        int resumed = 0;
        int resumedOnThread = -1;
        async Task AwaitOnLoop(Task awaited)
        {
            await awaited;   // captures the loop's SynchronizationContext
            resumedOnThread = Environment.CurrentManagedThreadId;
            Interlocked.Increment(ref resumed);
        }

        Task started = loop.InvokeAsync(() => { _ = AwaitOnLoop(first.Task); _ = AwaitOnLoop(second.Task); });
        await Kit13.Within(started, "the awaits to start on the loop");
        loop.Exit();
        await Kit13.Within(loop.Completion, "the loop to exit");
        int warningsBefore = log.Count(LogLevel.Warning);

        first.SetResult();   // must not throw here, on the completing thread
        Assert.Equal(warningsBefore + 1, log.Count(LogLevel.Warning));
        second.SetResult();

        Assert.Equal(0, Volatile.Read(ref resumed));
        Assert.Equal(-1, resumedOnThread);
        Assert.Equal(2, loop.Stats.ContinuationsAfterExit);
        Assert.Equal(warningsBefore + 1, log.Count(LogLevel.Warning));
    }

    // Doc: "... or a TaskScheduler task that reaches a dispatcher after its loop exited is dropped: never thrown ...,
    // never run on another thread. It is counted in DispatcherStats.ContinuationsAfterExit".
    [Fact]
    public async Task Tasks_scheduled_on_an_exited_loops_TaskScheduler_are_dropped_and_counted_not_thrown()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("scheduler-after-exit"));
        loop.Exit();
        await Kit13.Within(loop.Completion, "the loop to exit");
        int ran = 0;

        Task started = Task.Factory.StartNew(() => Interlocked.Increment(ref ran), CancellationToken.None, TaskCreationOptions.None, loop.TaskScheduler);
        var antecedent = new TaskCompletionSource();
        Task continued = antecedent.Task.ContinueWith(_ => Interlocked.Increment(ref ran), CancellationToken.None, TaskContinuationOptions.None, loop.TaskScheduler);
        antecedent.SetResult();

        // Whether the dropped tasks are ever completed (cancelled, faulted) is not documented, so it is not asserted.
        Assert.Equal(0, Volatile.Read(ref ran));
        Assert.Equal(2, loop.Stats.ContinuationsAfterExit);
        GC.KeepAlive(started);
        GC.KeepAlive(continued);
    }

    // Doc (Completion): "Completes when the loop has exited; it never faults". HasExited/IsExitRequested follow Exit;
    // Exit is "Idempotent".
    [Fact]
    public async Task Exit_is_idempotent_and_Completion_completes_without_faulting_even_after_a_throwing_callback()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("completion"), new DispatcherOptions { UnhandledExceptionHandler = (_, _) => { } });
        Assert.False(loop.IsExitRequested);
        loop.Post(() => throw new InvalidOperationException("boom"));
        loop.Exit();
        loop.Exit();
        await Kit13.Within(loop.Completion, "the loop to exit");
        Assert.True(loop.Completion.IsCompletedSuccessfully, $"Completion ended {loop.Completion.Status}");
        Assert.True(loop.IsExitRequested);
        Assert.True(loop.HasExited);
        loop.Exit();
        loop.Dispose();
    }
}

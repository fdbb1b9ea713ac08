using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft.Tests.DocContract;

/// <summary>
/// Design "Failure semantics", <see cref="DispatcherSynchronizationContext.Post"/>, <see cref="DispatcherTaskScheduler"/>
/// and <see cref="DispatcherStats.ContinuationsAfterExit"/>: work that reaches an exited loop is counted and logged,
/// never run elsewhere and never thrown on a foreign thread; a direct post is refused on the caller's thread.
/// </summary>
public sealed class AfterExitTests
{
    [Fact]
    public async Task An_await_continuation_reaching_a_stopped_worker_is_dropped_counted_and_logged_never_thrown()
    {
        using var foreign = new ForeignThreadExceptionWatch();
        var logs = new CapturingLoggerFactory();
        var pool = new ReportingPool(1, o => { o.LoggerFactory = logs; o.ThreadNamePrefix = "doc-await-after-exit"; });
        Dispatcher worker = pool.Workers[0];
        var awaited = new TaskCompletionSource();
        var suspended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resumedOn = new ConcurrentQueue<string?>();
        worker.Post(async () =>
        {
            suspended.TrySetResult();
            await awaited.Task;
            resumedOn.Enqueue(Thread.CurrentThread.Name);
        });
        await Bounded.Within(suspended.Task, "the worker's callback reaches its await");
        await pool.DisposeAsync();

        // Completing the task here runs the continuation's post on this (foreign) thread, synchronously.
        awaited.SetResult();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Empty(resumedOn);
        Assert.Equal(1, worker.Stats.ContinuationsAfterExit);
        // Only this worker's: the collection above also finalizes tasks other tests left unobserved.
        Assert.DoesNotContain(foreign.Seen, e => e.ToString()!.Contains(worker.Name, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(worker.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SynchronizationContext_posts_after_exit_are_counted_each_and_the_first_logged_at_warning()
    {
        var logs = new CapturingLoggerFactory();
        var loop = Dispatcher.Start("doc-exited-context", new DispatcherOptions { Logger = logs.CreateLogger("doc") });
        SynchronizationContext context = loop.SynchronizationContext;
        loop.Exit();
        await Bounded.Within(loop.Completion, "the loop exits");
        var ran = new ConcurrentQueue<int>();

        context.Post(_ => ran.Enqueue(1), null);
        context.Post(_ => ran.Enqueue(2), null);

        Assert.Empty(ran);
        Assert.Equal(2, loop.Stats.ContinuationsAfterExit);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        loop.Dispose();
    }

    [Fact]
    public async Task A_task_scheduled_on_an_exited_loop_never_runs_and_is_counted()
    {
        var loop = Dispatcher.Start("doc-exited-scheduler");
        loop.Exit();
        await Bounded.Within(loop.Completion, "the loop exits");
        var ran = new ConcurrentQueue<int>();

        Task scheduled = Task.Factory.StartNew(() => ran.Enqueue(1), CancellationToken.None, TaskCreationOptions.None, loop.TaskScheduler);

        Assert.False(scheduled.IsCompleted);
        Assert.Empty(ran);
        Assert.Equal(1, loop.Stats.ContinuationsAfterExit);
        loop.Dispose();
    }

    [Fact]
    public async Task A_direct_post_to_an_exited_loop_throws_ObjectDisposedException_on_the_caller()
    {
        var loop = Dispatcher.Start("doc-exited-post");
        loop.Exit();
        await Bounded.Within(loop.Completion, "the loop exits");

        Assert.Throws<ObjectDisposedException>(() => loop.Post(static () => { }));
        Assert.Throws<ObjectDisposedException>(() => loop.Post(static _ => { }, "state"));
        Assert.False(loop.TryPost(static () => { }));
        Assert.False(loop.TryPost(static _ => { }, "state"));
        loop.Dispose();
    }

    [Fact]
    public async Task A_post_is_refused_as_soon_as_exit_is_requested()
    {
        var loop = Dispatcher.Start("doc-exiting-post");
        using var gate = new LoopGate();
        loop.Post(gate.Block);
        await Bounded.Within(gate.Entered, "the loop blocks in the gate");

        loop.Exit();

        Assert.True(loop.IsExitRequested);
        Assert.False(loop.TryPost(static () => { }));
        Assert.Throws<ObjectDisposedException>(() => loop.Post(static () => { }));
        gate.Open();
        await Bounded.Within(loop.Completion, "the loop exits once released");
        loop.Dispose();
    }

    [Fact]
    public async Task InvokeAsync_on_an_exited_loop_faults_rather_than_throws()
    {
        var loop = Dispatcher.Start("doc-exited-invoke");
        loop.Exit();
        await Bounded.Within(loop.Completion, "the loop exits");

        Task<int> invoked = loop.InvokeAsync(static () => 1);

        await Bounded.Faults<ObjectDisposedException>(invoked, "InvokeAsync on an exited loop");
        loop.Dispose();
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.FailureSemantics;

/// <summary>Defect 1: a continuation that reaches an exited loop is counted and dropped, never thrown on a foreign thread.</summary>
public sealed class PostAfterExitTests
{
    [Fact]
    public void SynchronizationContext_post_to_an_exited_loop_is_counted_not_thrown_and_never_run()
    {
        using var dispatcher = Dispatcher.Start("exited-context");
        dispatcher.Exit();
        dispatcher.Completion.Completes("the loop's exit");
        int ran = 0;

        dispatcher.SynchronizationContext.Post(_ => Interlocked.Increment(ref ran), null);
        dispatcher.SynchronizationContext.Post(_ => Interlocked.Increment(ref ran), null);

        Assert.Equal(0, Volatile.Read(ref ran));
        Assert.Equal(2, dispatcher.Stats.ContinuationsAfterExit);
    }

    [Fact]
    public void TaskScheduler_queue_to_an_exited_loop_is_counted_not_thrown()
    {
        using var dispatcher = Dispatcher.Start("exited-scheduler");
        dispatcher.Exit();
        dispatcher.Completion.Completes("the loop's exit");

        Task task = Task.Factory.StartNew(() => { }, CancellationToken.None, TaskCreationOptions.None, dispatcher.TaskScheduler);

        Assert.False(task.IsCompleted);
        Assert.Equal(1, dispatcher.Stats.ContinuationsAfterExit);
    }

    [Fact]
    public void An_await_in_flight_when_the_loop_exits_is_dropped_and_logged_once()
    {
        var logger = new CollectingLogger();
        using var dispatcher = Dispatcher.Start("exited-await", new DispatcherOptions { Logger = logger });
        var pending = new TaskCompletionSource();
        var pending2 = new TaskCompletionSource();
        int resumed = 0;
        using var awaiting = new CountdownEvent(2);
        dispatcher.Post(async () =>
        {
            awaiting.Signal();
            await pending.Task;
            Interlocked.Increment(ref resumed);
        });
        dispatcher.Post(async () =>
        {
            awaiting.Signal();
            await pending2.Task;
            Interlocked.Increment(ref resumed);
        });
        awaiting.Wait("both callbacks to reach their await");
        dispatcher.Exit();
        dispatcher.Completion.Completes("the loop's exit");

        // Completing on this thread runs the continuation's post here; before the fix it threw (on a pool thread in
        // production, which ends the process).
        pending.SetResult();
        pending2.SetResult();

        Assert.Equal(0, Volatile.Read(ref resumed));
        Assert.Equal(2, dispatcher.Stats.ContinuationsAfterExit);
        Assert.Equal(1, logger.Count(m => m.Contains("exited-await", StringComparison.Ordinal) && m.Contains("after its loop exited", StringComparison.Ordinal)));
    }
}

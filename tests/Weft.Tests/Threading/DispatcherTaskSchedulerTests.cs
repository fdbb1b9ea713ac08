using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// <see cref="DispatcherTaskScheduler"/>: a task scheduled on a loop runs on that loop only; a thread that waits for
/// it does not get to run it inline (the loop's own thread does), and a negative timer delay is refused saying so.
/// </summary>
public sealed class DispatcherTaskSchedulerTests
{
    [Fact]
    public void A_task_run_synchronously_from_another_thread_is_not_inlined_there_it_runs_on_the_loop()
    {
        using var dispatcher = Dispatcher.Start("no-inline");
        int loopThread = dispatcher.Invoke(() => Environment.CurrentManagedThreadId);
        int ranOn = 0;
        int callerThread = 0;
        var task = new Task(() => ranOn = Environment.CurrentManagedThreadId);

        // RunSynchronously asks the scheduler to inline on the calling thread first; off the loop it must refuse and queue.
        Task caller = Task.Run(() =>
        {
            callerThread = Environment.CurrentManagedThreadId;
            task.RunSynchronously(dispatcher.TaskScheduler);
        });
        caller.Completes("RunSynchronously of a loop task from a pool thread");

        Assert.NotEqual(callerThread, ranOn);
        Assert.Equal(loopThread, ranOn);
    }

    [Fact]
    public void On_the_loop_thread_a_task_run_synchronously_runs_inline()
    {
        using var dispatcher = Dispatcher.Start("inline");
        (bool Completed, int RanOn, int Loop) seen = dispatcher.Invoke(() =>
        {
            int ranOn = 0;
            var task = new Task(() => ranOn = Environment.CurrentManagedThreadId);
            task.RunSynchronously(dispatcher.TaskScheduler);
            return (task.IsCompleted, ranOn, Environment.CurrentManagedThreadId);
        });

        Assert.True(seen.Completed);
        Assert.Equal(seen.Loop, seen.RanOn);
    }

    [Fact]
    public void A_negative_timer_delay_is_refused_saying_so()
    {
        using var dispatcher = new Dispatcher("negative-delay");
        DispatcherTimer timer = dispatcher.CreateTimer(() => { });

        var refused = Assert.Throws<ArgumentOutOfRangeException>("delay", () => timer.Enable(TimeSpan.FromMilliseconds(-1)));

        Assert.StartsWith("A timer delay cannot be negative.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMilliseconds(-1), refused.ActualValue);
    }
}

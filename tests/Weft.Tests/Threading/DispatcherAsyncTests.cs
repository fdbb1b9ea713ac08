using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.Threading;

public sealed class DispatcherAsyncTests
{
    [Fact]
    public void Await_inside_a_callback_resumes_on_the_same_dispatcher()
    {
        using var dispatcher = Dispatcher.Start("await");
        var result = new TaskCompletionSource<(bool, bool, bool, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
        dispatcher.Post(async () =>
        {
            try
            {
                int thread = Environment.CurrentManagedThreadId;
                await Task.Yield();
                bool afterYield = dispatcher.IsCurrentThread && Environment.CurrentManagedThreadId == thread;
                await Task.Delay(5);
                bool afterDelay = dispatcher.IsCurrentThread;
                await Task.Run(() => Thread.Sleep(1));
                bool afterPoolWork = dispatcher.IsCurrentThread && Dispatcher.Current == dispatcher;
                await Task.Delay(1).ConfigureAwait(false);
                bool leftAfterConfigureAwaitFalse = !dispatcher.IsCurrentThread;
                result.SetResult((afterYield, afterDelay, afterPoolWork, leftAfterConfigureAwaitFalse));
            }
            catch (Exception ex)
            {
                result.SetException(ex);
            }
        });
        var (afterYield, afterDelay, afterPoolWork, left) = result.Task.Result("the async callback");
        Assert.True(afterYield, "resumed off the loop after Task.Yield");
        Assert.True(afterDelay, "resumed off the loop after Task.Delay");
        Assert.True(afterPoolWork, "resumed off the loop after awaiting pool work");
        Assert.True(left, "ConfigureAwait(false) is documented to leave the loop");
    }

    [Fact]
    public void Task_Yield_hops_on_the_loop_allocate_nothing()
    {
        using var dispatcher = Dispatcher.Start("yield-alloc");
        long allocated = SettledAllocation.Measure(() =>
        {
            var result = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            dispatcher.Post(() => _ = HopAsync(result));
            return result.Task.Result("the hops");
        });
        Assert.Equal(0, allocated);

        static async Task HopAsync(TaskCompletionSource<long> result)
        {
            for (int i = 0; i < 100; i++)
            {
                await Task.Yield();
            }

            // The async state machine box is allocated on the first hop; measure the steady state after it.
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10_000; i++)
            {
                await Task.Yield();
            }

            result.SetResult(GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    [Fact]
    public void The_task_scheduler_runs_tasks_on_the_loop()
    {
        using var dispatcher = Dispatcher.Start("scheduler");
        bool onLoop = Task.Factory.StartNew(() => dispatcher.IsCurrentThread, CancellationToken.None, TaskCreationOptions.None, dispatcher.TaskScheduler)
            .Result("a task on the scheduler");
        Assert.True(onLoop);
        Assert.Equal(1, dispatcher.TaskScheduler.MaximumConcurrencyLevel);
    }

    [Fact]
    public void SynchronizationContext_Send_runs_on_the_loop_and_rethrows_its_exception()
    {
        using var dispatcher = Dispatcher.Start("send");
        bool onLoop = false;
        dispatcher.SynchronizationContext.Send(_ => onLoop = dispatcher.IsCurrentThread, null);
        Assert.True(onLoop);
        var error = Assert.Throws<InvalidOperationException>(() => dispatcher.SynchronizationContext.Send(_ => throw new InvalidOperationException("sent"), null));
        Assert.Equal("sent", error.Message);
    }
}

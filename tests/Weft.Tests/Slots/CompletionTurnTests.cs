using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Stats;
using Weft.Threading;

namespace Weft.Tests.Slots;

/// <summary>
/// A fan-out's completion callback runs in a later turn of main's loop, never inside the call that started it, whatever
/// the workers' speed: with no worker (main only) the starter's own count is the last one, which is the case a quick
/// worker makes by chance on a loaded machine.
/// </summary>
public sealed class CompletionTurnTests
{
    private static WorkerPoolOptions MainOnly() => new()
    {
        WorkerCount = 0,
        BroadcastTimeout = Timeout.InfiniteTimeSpan,
        StatsFlushInterval = TimeSpan.Zero,
        GuardDog = null,
    };

    [Fact]
    public async Task RunOnAllThreads_completes_after_the_starting_call_returns_when_every_thread_is_already_done()
    {
        await using var pool = WorkerPool.Start(MainOnly());
        Slot<int[]> slot = pool.AllocateSlot<int[]>();
        await slot.SetAsync(_ => new int[1]);

        Task<string> completion = await Within(pool.Main.InvokeAsync(() =>
        {
            var steps = new System.Text.StringBuilder();
            var completed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            slot.RunOnAllThreads(values => values[0]++, () => completed.TrySetResult(steps.Append("completed;").ToString()));
            steps.Append("returned;");
            return completed.Task;
        }), "RunOnAllThreads on main");

        Assert.Equal("returned;completed;", await Within(completion, "the completion"));
    }

    [Fact]
    public async Task A_publish_on_a_disposed_slot_completes_after_the_starting_call_returns()
    {
        await using var pool = WorkerPool.Start(MainOnly());
        Slot<string> slot = pool.AllocateSlot<string>();
        await pool.Main.InvokeAsync(slot.Dispose);

        Task<string> completion = await Within(pool.Main.InvokeAsync(() =>
        {
            var steps = new System.Text.StringBuilder();
            var completed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            slot.Publish("moot", () => completed.TrySetResult(steps.Append("completed;").ToString()));
            steps.Append("returned;");
            return completed.Task;
        }), "Publish on a disposed slot");

        Assert.Equal("returned;completed;", await Within(completion, "the completion"));
    }

    [Fact]
    public async Task Two_stats_flush_callbacks_asked_for_in_one_turn_of_main_share_one_flush()
    {
        await using var pool = WorkerPool.Start(MainOnly());
        var requests = pool.Stats.Counter("turn.requests");
        await Within(pool.Main.InvokeAsync(() => requests.Increment(2)), "the increment on main");
        var first = new TaskCompletionSource<StatsSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<StatsSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);

        await Within(pool.Main.InvokeAsync(() =>
        {
            pool.Stats.Flush(s => first.TrySetResult(s));
            pool.Stats.Flush(s => second.TrySetResult(s));
        }), "asking main for two flushes");

        StatsSnapshot a = await Within(first.Task, "the first flush callback");
        StatsSnapshot b = await Within(second.Task, "the second flush callback");
        Assert.Equal(a.Sequence, b.Sequence);
        Assert.Equal(1, pool.Stats.Flushes);
        Assert.Equal(2, b.Counter("turn.requests"));
    }

    private static async Task<T> Within<T>(Task<T> task, string what)
    {
        if (await Task.WhenAny(task, Task.Delay(TestWait.Timeout)) != task)
        {
            throw new TimeoutException($"Timed out after {TestWait.Timeout.TotalSeconds} s waiting for {what}.");
        }

        return await task;
    }

    private static async Task Within(Task task, string what)
    {
        if (await Task.WhenAny(task, Task.Delay(TestWait.Timeout)) != task)
        {
            throw new TimeoutException($"Timed out after {TestWait.Timeout.TotalSeconds} s waiting for {what}.");
        }

        await task;
    }
}

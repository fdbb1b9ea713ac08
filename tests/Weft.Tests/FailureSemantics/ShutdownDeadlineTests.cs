using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Tests.Slots;

namespace Weft.Tests.FailureSemantics;

/// <summary>Defect 4: shutdown has a deadline; past it StopAsync names the stuck threads, Dispose logs and returns.</summary>
public sealed class ShutdownDeadlineTests
{
    private static WorkerPoolOptions Options(CollectingLogger? logger = null) => new()
    {
        WorkerCount = 2,
        ShutdownTimeout = TimeSpan.FromMilliseconds(300),
        GuardDog = null,
        StatsFlushInterval = TimeSpan.Zero,
        LoggerFactory = logger,
    };

    [Fact]
    public async Task StopAsync_past_the_deadline_names_the_stuck_worker_and_its_callback()
    {
        var pool = WorkerPool.Start(Options());
        using Gate gate = Gate.Block(pool.Workers[1]);

        TimeoutException error = await BoundedFault(pool.StopAsync(), "StopAsync with a stuck worker");

        Assert.Contains("'weft-worker-1' is running", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Gate), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'weft-worker-0'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'weft-main'", error.Message, StringComparison.Ordinal);
        Assert.True(pool.Workers[0].HasExited);
        Assert.True(pool.Main.HasExited);
        gate.Release();
        pool.Workers[1].Completion.Completes("the released worker's exit");
    }

    [Fact]
    public async Task StopAsync_past_the_deadline_names_a_stuck_main_and_still_stops_the_workers()
    {
        var pool = WorkerPool.Start(Options());
        using Gate gate = Gate.Block(pool.Main);

        TimeoutException error = await BoundedFault(pool.StopAsync(), "StopAsync with a stuck main");

        Assert.Contains("'weft-main' is running", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("worker", error.Message.Replace("WorkerPoolOptions", string.Empty, StringComparison.Ordinal).Replace("Worker pool", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(pool.Workers, w => Assert.True(w.HasExited));
        Assert.True(pool.IsShutdown);
        gate.Release();
        pool.Main.Completion.Completes("the released main's exit");
    }

    [Fact]
    public async Task DisposeAsync_past_the_deadline_logs_the_same_message_at_error_and_returns()
    {
        var logger = new CollectingLogger();
        var pool = WorkerPool.Start(Options(logger));
        using Gate gate = Gate.Block(pool.Workers[0]);

        ValueTask disposing = pool.DisposeAsync();
        await disposing.AsTask().WaitAsync(TestWait.Timeout);

        (LogLevel level, string message) = Assert.Single(logger.Messages, m => m.Message.Contains("did not finish", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains("'weft-worker-0' is running", message, StringComparison.Ordinal);
        TimeoutException again = await Assert.ThrowsAsync<TimeoutException>(pool.StopAsync);
        Assert.Equal(message, again.Message);
        gate.Release();
    }

    [Fact]
    public void Dispose_past_the_deadline_logs_and_returns()
    {
        var logger = new CollectingLogger();
        var pool = WorkerPool.Start(Options(logger));
        using Gate gate = Gate.Block(pool.Workers[0]);

        Task disposing = Task.Run(pool.Dispose);
        disposing.Completes("Dispose with a stuck worker");

        Assert.Contains(logger.Messages, m => m.Level == LogLevel.Error && m.Message.Contains("'weft-worker-0' is running", StringComparison.Ordinal));
        gate.Release();
    }

    private static async Task<TimeoutException> BoundedFault(Task stopping, string what)
    {
        if (await Task.WhenAny(stopping, Task.Delay(TestWait.Timeout)) != stopping)
        {
            throw new TimeoutException($"{what} did not return within {TestWait.Timeout.TotalSeconds} s: shutdown has no deadline.");
        }

        return await Assert.ThrowsAsync<TimeoutException>(() => stopping);
    }
}

using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft;

/// <summary>Settings of a <see cref="WorkerPool"/>.</summary>
public sealed class WorkerPoolOptions
{
    /// <summary>The largest <see cref="WorkerCount"/> accepted.</summary>
    public const int MaxWorkerCount = 1024;

    /// <summary>
    /// Worker dispatchers to start (the main dispatcher comes on top): 0 (main only) to <see cref="MaxWorkerCount"/>.
    /// Default: one per processor.
    /// </summary>
    public int WorkerCount { get; set; } = Environment.ProcessorCount;

    /// <summary>Prefix of the thread names: "<c>{prefix}-main</c>", "<c>{prefix}-worker-0</c>"… Default "weft".</summary>
    public string ThreadNamePrefix { get; set; } = "weft";

    /// <summary>Receives exceptions thrown by callbacks on any of the pool's dispatchers; the loops survive.</summary>
    public Action<Dispatcher, Exception>? UnhandledExceptionHandler { get; set; }

    /// <summary>Loggers for the pool and its dispatchers. Null: nothing is logged (errors are still counted).</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// How long an awaited broadcast (<c>RunOnAllThreadsAsync</c>, <c>SetAsync</c>, <c>PublishAsync</c>) waits for a
    /// worker that has stopped draining its queue before it faults with a <see cref="TimeoutException"/> naming the
    /// worker. Default 30 s; <see cref="Timeout.InfiniteTimeSpan"/> waits for ever.
    /// </summary>
    public TimeSpan BroadcastTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often main merges the per-worker stats (<see cref="WorkerPool.Stats"/>). Default 5 s; zero: only on demand.</summary>
    public TimeSpan StatsFlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long one stats flush may take (every thread's snapshot and the merge). A flush past it is abandoned and
    /// counted (<c>weft.abandoned_stat_flushes</c>), the next one proceeds, and <see cref="Stats.StatsStore.FlushAsync"/>
    /// callers waiting on it get the last completed snapshot. Default 10 s; <see cref="Timeout.InfiniteTimeSpan"/> never abandons.
    /// </summary>
    public TimeSpan StatsFlushTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long <see cref="WorkerPool.StopAsync"/> waits for every thread to free its slot values and exit. Past it,
    /// <c>StopAsync</c> throws a <see cref="TimeoutException"/> naming each stuck thread and the callback it is running;
    /// <c>Dispose</c>/<c>DisposeAsync</c> log that message at Error and return. Default 30 s (as .NET Hosting's);
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits for ever.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The wait-and-readiness backend of every dispatcher of the pool, main included (each gets it as its
    /// <see cref="DispatcherOptions.IoBackend"/>), so a socket behaves the same on whichever loop owns it:
    /// <see cref="DispatcherIoBackend.Automatic"/> (epoll on Linux, portable elsewhere; the default) or
    /// <see cref="DispatcherIoBackend.Portable"/> forced on every OS.
    /// </summary>
    public DispatcherIoBackend IoBackend { get; set; } = DispatcherIoBackend.Automatic;

    /// <summary>Guard-dog thresholds; null turns the guard dog off. Default: miss 200 ms, mega-miss 1 s, no kill.</summary>
    public Weft.Watchdog.GuardDogOptions? GuardDog { get; set; } = new();

    internal void Validate()
    {
        if (WorkerCount is < 0 or > MaxWorkerCount)
        {
            throw new ArgumentOutOfRangeException(nameof(WorkerCount), WorkerCount, $"Must be between 0 (main only) and {MaxWorkerCount}.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ThreadNamePrefix, nameof(ThreadNamePrefix));
        RequirePositiveOrInfinite(BroadcastTimeout, nameof(BroadcastTimeout));
        RequirePositiveOrInfinite(StatsFlushTimeout, nameof(StatsFlushTimeout));
        RequirePositiveOrInfinite(ShutdownTimeout, nameof(ShutdownTimeout));
        if (StatsFlushInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(StatsFlushInterval), StatsFlushInterval, "Cannot be negative (zero flushes only on demand).");
        }

        if (!Enum.IsDefined(IoBackend))
        {
            throw new ArgumentOutOfRangeException(nameof(IoBackend), IoBackend, "Not a known backend.");
        }

        GuardDog?.Validate();
    }

    private static void RequirePositiveOrInfinite(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be positive or Timeout.InfiniteTimeSpan.");
        }
    }
}

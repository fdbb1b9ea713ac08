using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft;

/// <summary>Settings of a <see cref="WorkerPool"/>.</summary>
public sealed class WorkerPoolOptions
{
    /// <summary>Worker dispatchers to start (the main dispatcher comes on top). Default: one per processor.</summary>
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

    /// <summary>Guard-dog thresholds; null turns the guard dog off. Default: miss 200 ms, mega-miss 1 s, no kill.</summary>
    public Weft.Watchdog.GuardDogOptions? GuardDog { get; set; } = new();

    internal void Validate()
    {
        if (WorkerCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WorkerCount), WorkerCount, "Cannot be negative.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ThreadNamePrefix);
        if (BroadcastTimeout <= TimeSpan.Zero && BroadcastTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(BroadcastTimeout), BroadcastTimeout, "Must be positive or Timeout.InfiniteTimeSpan.");
        }
    }
}

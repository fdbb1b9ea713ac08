using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using System;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.DocContract;

/// <summary>A pool whose <see cref="WorkerPoolOptions.UnhandledExceptionHandler"/> the test can read and wait on.</summary>
internal sealed class ReportingPool : IAsyncDisposable
{
    private readonly ConcurrentQueue<(Dispatcher Dispatcher, Exception Exception)> _reported = new();
    private readonly SemaphoreSlim _reportedSignal = new(0);

    public ReportingPool(int workerCount, Action<WorkerPoolOptions>? configure = null)
    {
        var options = new WorkerPoolOptions
        {
            WorkerCount = workerCount,
            ThreadNamePrefix = "doc",
            GuardDog = null,
            StatsFlushInterval = TimeSpan.Zero,
            BroadcastTimeout = TimeSpan.FromSeconds(60),
            ShutdownTimeout = TimeSpan.FromSeconds(10),
            UnhandledExceptionHandler = (d, e) =>
            {
                _reported.Enqueue((d, e));
                _reportedSignal.Release();
            },
        };
        configure?.Invoke(options);
        Pool = WorkerPool.Start(options);
    }

    public WorkerPool Pool { get; }

    public Dispatcher Main => Pool.Main;

    public IReadOnlyList<Dispatcher> Workers => Pool.Workers;

    /// <summary>Every thread of the pool, main first, then the workers in order.</summary>
    public IReadOnlyList<Dispatcher> AllThreads => [Pool.Main, .. Pool.Workers];

    public IReadOnlyCollection<(Dispatcher Dispatcher, Exception Exception)> Reported => _reported;

    /// <summary>Waits until the handler received <paramref name="count"/> exceptions in all.</summary>
    public async Task WaitForReports(int count, string what)
    {
        while (_reported.Count < count)
        {
            Assert.True(await _reportedSignal.WaitAsync(Bounded.Limit), $"the pool's handler received {_reported.Count} of {count} exceptions: {what}");
        }
    }

    /// <summary>The value <paramref name="slot"/> holds on <paramref name="thread"/>, read there; null when it holds none.</summary>
    public static Task<T?> ValueOn<T>(Dispatcher thread, Slot<T> slot)
        where T : class =>
        Bounded.Within(thread.InvokeAsync(() => slot.TryGet(out T? value) ? value : null), $"reading {slot} on {thread.Name}");

    /// <summary>Every thread's value, main first ("(none)" where the thread holds none).</summary>
    public async Task<string[]> ValuesEverywhere(Slot<string> slot)
    {
        var values = new List<string>();
        foreach (Dispatcher thread in AllThreads)
        {
            values.Add(await ValueOn(thread, slot) ?? "(none)");
        }

        return [.. values];
    }

    public async ValueTask DisposeAsync()
    {
        await Bounded.Within(Pool.DisposeAsync().AsTask(), "the pool stops");
        _reportedSignal.Dispose();
    }
}

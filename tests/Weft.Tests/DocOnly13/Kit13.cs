using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Stats;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>
/// Helpers for the docs-only round 13: every wait is bounded and fails naming what it waited for; nothing sleeps to
/// synchronise. Written from docs/failure-semantics.md, docs/io.md and the public XML docs only.
/// </summary>
internal static class Kit13
{
    /// <summary>Both loop backends (docs/io.md: the contract holds for each).</summary>
    public static TheoryData<DispatcherIoBackend> Backends => new() { DispatcherIoBackend.Automatic, DispatcherIoBackend.Portable };

    /// <summary>How long any single wait may take before the test fails; generous, since the machine is shared.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    /// <summary>Waits until <paramref name="task"/> completes (in any state) or fails the test naming <paramref name="what"/>.</summary>
    public static async Task<T> Within<T>(T task, string what) where T : Task
    {
        Task winner = await Task.WhenAny(task, Task.Delay(Bound)).ConfigureAwait(false);
        Assert.True(ReferenceEquals(winner, task), $"Timed out after {Bound.TotalSeconds} s waiting for: {what}");
        return task;
    }

    /// <summary>Blocks until the event is set or fails the test naming <paramref name="what"/>.</summary>
    public static void WaitSet(ManualResetEventSlim gate, string what) =>
        Assert.True(gate.Wait(Bound), $"Timed out after {Bound.TotalSeconds} s waiting for: {what}");

    /// <summary>
    /// Drives a manually run dispatcher with <see cref="Dispatcher.RunOnce"/> until <paramref name="done"/> holds, or
    /// fails naming <paramref name="what"/> once <see cref="Bound"/> has passed.
    /// </summary>
    public static void Pump(Dispatcher loop, Func<bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(clock.Elapsed < Bound, $"Timed out after {Bound.TotalSeconds} s pumping '{loop.Name}' for: {what}");
            loop.RunOnce();
        }
    }

    /// <summary>Exits a manual loop and completes the exit on the calling thread.</summary>
    public static void ExitManual(Dispatcher loop)
    {
        loop.Exit();
        Pump(loop, () => loop.HasExited, "the manual loop to finish exiting");
    }

    /// <summary>The stats read on the loop itself (a read from elsewhere may mix adjacent iterations).</summary>
    public static async Task<DispatcherStats> StatsOnLoop(Dispatcher loop)
    {
        Task<DispatcherStats> read = loop.InvokeAsync(() => loop.Stats);
        await Within(read, $"a stats read on '{loop.Name}'").ConfigureAwait(false);
        return await read.ConfigureAwait(false);
    }

    /// <summary>The sum of every counter named <paramref name="name"/>, whatever its tags.</summary>
    public static long CounterTotal(StatsSnapshot snapshot, string name) =>
        snapshot.Counters.Where(c => c.Name.Name == name).Sum(c => c.Value);

    /// <summary>A unique name, so messages naming a dispatcher can be told apart from any other text.</summary>
    public static string UniqueName(string what) => $"{what}-{Guid.NewGuid().ToString("N")[..8]}";
}

/// <summary>Records every log entry, from any thread.</summary>
internal sealed class RecordingLogger : ILogger, ILoggerFactory, ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries => _entries.ToArray();

    public int Count(LogLevel level) => _entries.Count(e => e.Level == level);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((logLevel, "", formatter(state, exception), exception));

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}

/// <summary>A disposable that records where and when it was disposed.</summary>
internal sealed class DisposeProbe : IDisposable
{
    private readonly Action? _onDispose;

    public DisposeProbe(Action? onDispose = null) => _onDispose = onDispose;

    public int Disposals;
    public int DisposedOnThread = -1;

    public void Dispose()
    {
        Interlocked.Increment(ref Disposals);
        DisposedOnThread = Environment.CurrentManagedThreadId;
        _onDispose?.Invoke();
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

using Weft.Slots;
using Weft.Threading;
namespace Weft.Tests.DocOnly;

// Helpers for the tests written from the documentation alone (docs/failure-semantics.md, docs/io.md, the XML docs):
// bounded waits that fail with a message, a gate that holds a loop inside a callback, and a logger that records.
internal static class DocOnlyKit
{
    /// <summary>Bound for anything the docs promise to happen "at once" or after a short configured deadline.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The configured deadline of the tests that expect one thread stuck and every other one done in time: long
    /// enough that a thread which is not stuck answers within it on a loaded 2-core machine.
    /// </summary>
    public static readonly TimeSpan ShortDeadline = TimeSpan.FromSeconds(1);

    public static async Task Within(Task task, string what)
    {
        if (await Task.WhenAny(task, Task.Delay(Bound)) != task)
        {
            Assert.Fail($"Not done within {Bound.TotalSeconds} s: {what}");
        }
    }

    public static async Task<T> Within<T>(Task<T> task, string what)
    {
        await Within((Task)task, what);
        return await task;
    }

    /// <summary>Awaits <paramref name="task"/> (bounded) and returns the exception it faulted with.</summary>
    public static async Task<TException> FaultOf<TException>(Task task, string what)
        where TException : Exception
    {
        await Within(task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default), what);
        return await Assert.ThrowsAsync<TException>(() => task);
    }

    /// <summary>Sums a counter over every tag set in the snapshot (the docs name the counter, not its tags).</summary>
    public static long CounterTotal(Weft.Stats.StatsSnapshot snapshot, string name) =>
        snapshot.Counters.Where(c => c.Name.Name == name).Sum(c => c.Value);

    public static WorkerPoolOptions Options(string prefix, int workers) => new()
    {
        WorkerCount = workers,
        ThreadNamePrefix = prefix,
        StatsFlushInterval = TimeSpan.Zero,
        GuardDog = null,
    };
}

/// <summary>Holds a loop inside one callback until released; the hold itself is bounded so no thread stays stuck.</summary>
internal sealed class LoopGate : IDisposable
{
    private readonly ManualResetEventSlim _release = new(false);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;

    /// <summary>Posts the holding callback to <paramref name="dispatcher"/> and waits (bounded) until it runs.</summary>
    public async Task HoldAsync(Dispatcher dispatcher)
    {
        dispatcher.Post(Hold);
        await DocOnlyKit.Within(Entered, $"the holding callback to start on {dispatcher.Name}");
    }

    public void Hold()
    {
        _entered.TrySetResult();
        // Bounded: if a test fails before releasing, the loop comes back by itself after a minute.
        _release.Wait(TimeSpan.FromMinutes(1));
    }

    public void Release() => _release.Set();

    public void Dispose()
    {
        _release.Set();
        _release.Dispose();
    }
}

internal sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public IReadOnlyList<LogEntry> At(LogLevel level) => Entries.Where(e => e.Level == level).ToList();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(RecordingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

/// <summary>Records every exception a pool's handler receives, with the dispatcher it came from and the thread it ran on.</summary>
internal sealed class HandlerLog
{
    public ConcurrentQueue<(Dispatcher Dispatcher, Exception Exception, Dispatcher? RanOn)> Reports { get; } = new();

    private readonly SemaphoreSlim _arrived = new(0);

    public void Handle(Dispatcher dispatcher, Exception exception)
    {
        Reports.Enqueue((dispatcher, exception, Dispatcher.Current));
        _arrived.Release();
    }

    /// <summary>Waits (bounded) until <paramref name="count"/> more reports arrived.</summary>
    public async Task WaitForAsync(int count, string what)
    {
        for (var i = 0; i < count; i++)
        {
            if (!await _arrived.WaitAsync(DocOnlyKit.Bound))
            {
                Assert.Fail($"Not reported within {DocOnlyKit.Bound.TotalSeconds} s ({i} of {count} arrived): {what}");
            }
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft.Tests.DocOnly14;

/// <summary>
/// Helpers for the docs-only round 14 (adapted from DocOnly13/Kit13.cs): every wait is bounded (10 s) and fails naming
/// what it waited for; nothing sleeps to synchronise.
/// </summary>
internal static class Kit14
{
    /// <summary>How long any single wait may take before the test fails.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Waits until <paramref name="task"/> completes (in any state) or fails the test naming <paramref name="what"/>.</summary>
    public static async Task<T> Within<T>(T task, string what) where T : Task
    {
        Task winner = await Task.WhenAny(task, Task.Delay(Bound)).ConfigureAwait(false);
        Assert.True(ReferenceEquals(winner, task), $"Timed out after {Bound.TotalSeconds} s waiting for: {what}");
        return task;
    }

    /// <summary>Blocks until <paramref name="task"/> completes or fails the test naming <paramref name="what"/>.</summary>
    public static void WaitTask(Task task, string what) =>
        Assert.True(task.Wait(Bound) || task.IsCompleted, $"Timed out after {Bound.TotalSeconds} s waiting for: {what}");

    /// <summary>Blocks until <paramref name="task"/> completes and returns its result, or fails naming <paramref name="what"/>.</summary>
    public static T Result<T>(Task<T> task, string what)
    {
        WaitTask(task, what);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>True when <paramref name="task"/> completes within <see cref="Bound"/> (blocking).</summary>
    public static bool CompletesWithin(Task task) => task.Wait(Bound);

    /// <summary>Blocks until the event is set or fails the test naming <paramref name="what"/>.</summary>
    public static void WaitSet(ManualResetEventSlim gate, string what) =>
        Assert.True(gate.Wait(Bound), $"Timed out after {Bound.TotalSeconds} s waiting for: {what}");

    /// <summary>Drives a manual loop with <see cref="Dispatcher.RunOnce"/> until <paramref name="done"/> holds.</summary>
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

    /// <summary>Runs <paramref name="body"/> on a new dedicated thread and waits (bounded) for it; rethrows its failure.</summary>
    public static void OnOwnThread(Action body, string what)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        })
        { IsBackground = true, Name = what };
        thread.Start();
        Assert.True(thread.Join(Bound), $"Timed out after {Bound.TotalSeconds} s waiting for the thread: {what}");
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    /// <summary>Runs <paramref name="body"/> on a new thread and returns what it threw (null: nothing), bounded.</summary>
    public static Exception? CaptureOnOtherThread(Action body, string what)
    {
        Exception? thrown = null;
        OnOwnThread(() =>
        {
            try
            {
                body();
            }
            catch (Exception ex)
            {
                thrown = ex;
            }
        }, what);
        return thrown;
    }

    /// <summary>A unique name, so messages naming a dispatcher can be told apart from any other text.</summary>
    public static string UniqueName(string what) => $"{what}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A loopback port that was free a moment ago (bound and released without SO_REUSEPORT).</summary>
    public static int FreePort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    /// <summary>True when a plain socket (no SO_REUSEPORT) can bind and listen on <paramref name="port"/> now.</summary>
    public static bool PortIsFree(int port)
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            probe.Listen(1);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>Records every log entry, from any thread.</summary>
internal sealed class RecordingLogger14 : ILogger
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message, Exception? Exception)> Entries => _entries.ToArray();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((logLevel, formatter(state, exception), exception));

    public bool Mentions(Exception exception) =>
        _entries.Any(e => ReferenceEquals(e.Exception, exception) || e.Message.Contains(exception.Message, StringComparison.Ordinal));
}

/// <summary>A disposable that records how often, where and in which order it was disposed.</summary>
internal sealed class Probe14 : IDisposable
{
    private static long s_order;
    private readonly Action? _onDispose;

    public Probe14(Action? onDispose = null) => _onDispose = onDispose;

    public int Disposals;
    public int DisposedOnThread = -1;
    public long Order = -1;

    public void Dispose()
    {
        Interlocked.Increment(ref Disposals);
        DisposedOnThread = Environment.CurrentManagedThreadId;
        Order = Interlocked.Increment(ref s_order);
        _onDispose?.Invoke();
    }

    public static long NextOrder() => Interlocked.Increment(ref s_order);
}

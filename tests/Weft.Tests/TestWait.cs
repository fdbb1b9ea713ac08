using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests;

/// <summary>Waits on the event itself, with a timeout that fails the test rather than hanging it.</summary>
internal static class TestWait
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static void Wait(this ManualResetEventSlim signal, string what)
    {
        if (!signal.Wait(Timeout))
        {
            throw new TimeoutException($"Timed out after {Timeout.TotalSeconds} s waiting for {what}.");
        }
    }

    public static void Wait(this CountdownEvent signal, string what)
    {
        if (!signal.Wait(Timeout))
        {
            throw new TimeoutException($"Timed out after {Timeout.TotalSeconds} s waiting for {what} ({signal.CurrentCount} left).");
        }
    }

    public static T Result<T>(this Task<T> task, string what)
    {
        if (!task.Wait(Timeout))
        {
            throw new TimeoutException($"Timed out after {Timeout.TotalSeconds} s waiting for {what}.");
        }

        return task.Result;
    }

    public static void Completes(this Task task, string what)
    {
        if (!task.Wait(Timeout))
        {
            throw new TimeoutException($"Timed out after {Timeout.TotalSeconds} s waiting for {what}.");
        }
    }

    /// <summary>Runs <paramref name="action"/> on the dispatcher and returns its result.</summary>
    public static T Invoke<T>(this Dispatcher dispatcher, Func<T> action)
    {
        var source = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        dispatcher.Post(() =>
        {
            try
            {
                source.SetResult(action());
            }
            catch (Exception ex)
            {
                source.SetException(ex);
            }
        });
        return source.Task.Result($"a call on {dispatcher}");
    }

    /// <summary>Waits until every callback posted before this call has run.</summary>
    public static void Flush(this Dispatcher dispatcher) => dispatcher.Invoke(() => true);
}

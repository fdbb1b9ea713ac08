using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using System;

namespace Weft.Tests.DocContract;

/// <summary>Every wait in these tests: bounded, and failing with a message that says what never happened.</summary>
internal static class Bounded
{
    /// <summary>Long enough for a loaded 2-core machine; reached only when the behaviour under test is broken.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static async Task Within(Task task, string what)
    {
        try
        {
            await task.WaitAsync(Limit);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            Assert.Fail($"Not done within {Limit.TotalSeconds} s: {what}");
        }
    }

    public static async Task<T> Within<T>(Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Limit);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            Assert.Fail($"Not done within {Limit.TotalSeconds} s: {what}");
            throw;
        }
    }

    /// <summary>
    /// Re-checks <paramref name="condition"/> until it holds, failing after <see cref="Limit"/>. For conditions no event
    /// announces (a counter bumped by a timer on a loop): each check is a round trip through that loop, no sleep.
    /// </summary>
    public static async Task Until(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await Within(condition(), what))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Did not happen within {Limit.TotalSeconds} s: {what}");
            }
        }
    }

    /// <summary>The exception <paramref name="task"/> faults with, failing when it completes successfully or hangs.</summary>
    public static async Task<TException> Faults<TException>(Task task, string what)
        where TException : Exception
    {
        try
        {
            await task.WaitAsync(Limit);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            Assert.Fail($"Neither completed nor faulted within {Limit.TotalSeconds} s: {what}");
        }
        catch (Exception ex)
        {
            return Assert.IsAssignableFrom<TException>(ex);
        }

        Assert.Fail($"Completed successfully, expected {typeof(TException).Name}: {what}");
        return null!;
    }
}

/// <summary>
/// A gate a test holds a loop on: the loop blocks in <see cref="Block"/> until the test opens it (at the latest after
/// <see cref="Bounded.Limit"/>, so a failing test never leaves a thread stuck for ever).
/// </summary>
internal sealed class LoopGate : IDisposable
{
    private readonly ManualResetEventSlim _open = new();
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a loop is blocked in the gate.</summary>
    public Task Entered => _entered.Task;

    /// <summary>The callback posted to the loop to hold: its name shows in stall and shutdown reports.</summary>
    public void Block()
    {
        _entered.TrySetResult();
        _open.Wait(Bounded.Limit + Bounded.Limit);
    }

    public void Open() => _open.Set();

    public void Dispose() => Open();
}

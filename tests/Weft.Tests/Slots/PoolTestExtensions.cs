using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.Slots;

internal static class PoolTestExtensions
{
    /// <summary>Waits until main ran everything posted before, then every worker ran what main posted to it.</summary>
    public static void Settle(this WorkerPool pool)
    {
        // Twice round: a worker may post to main (a removal) and main then posts back to every worker (null-outs).
        for (int round = 0; round < 2; round++)
        {
            pool.Main.Flush();
            foreach (Dispatcher worker in pool.Workers)
            {
                worker.Flush();
            }
        }

        pool.Main.Flush();
    }

    /// <summary>
    /// Sets <paramref name="slot"/> on every thread and waits for it with the tests' own timeout, not the pool's
    /// broadcast timeout: in a pool whose timeout is short on purpose, a loaded machine cannot make the set-up itself
    /// time out (the callback form has none; a broadcast after it completes once the set has run everywhere).
    /// </summary>
    public static async Task SetEverywhereAsync<T>(this Slot<T> slot, Func<Dispatcher, T?> initializer)
        where T : class
    {
        var everywhere = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slot.Set(initializer);
        slot.RunOnAllThreads(static _ => { }, () => everywhere.SetResult());
        await everywhere.Task.WaitAsync(TestWait.Timeout);
    }

    public static IEnumerable<Dispatcher> AllThreads(this WorkerPool pool)
    {
        yield return pool.Main;
        foreach (Dispatcher worker in pool.Workers)
        {
            yield return worker;
        }
    }
}

/// <summary>A per-thread value that records where it was built and freed.</summary>
internal sealed class TrackedValue : IDisposable
{
    private readonly List<string>? _log;

    public TrackedValue(Dispatcher owner, string name = "", List<string>? log = null)
    {
        Owner = owner;
        Name = name;
        _log = log;
        CreatedOnThread = Environment.CurrentManagedThreadId;
    }

    public Dispatcher Owner { get; }

    public string Name { get; }

    public int CreatedOnThread { get; }

    public int DisposedOnThread { get; private set; }

    public int DisposeCount { get; private set; }

    public int Counter { get; set; }

    public void Dispose()
    {
        DisposeCount++;
        DisposedOnThread = Environment.CurrentManagedThreadId;
        if (_log is not null)
        {
            lock (_log)
            {
                _log.Add($"{Owner.Name}:{Name}");
            }
        }
    }
}

internal sealed class Gate : IDisposable
{
    private readonly ManualResetEventSlim _entered = new();
    private readonly ManualResetEventSlim _release = new();

    /// <summary>Blocks <paramref name="dispatcher"/>'s loop until <see cref="Release"/>; returns once it is blocked.</summary>
    public static Gate Block(Dispatcher dispatcher)
    {
        var gate = new Gate();
        dispatcher.Post(() =>
        {
            gate._entered.Set();
            gate._release.Wait(TestWait.Timeout);
        });
        gate._entered.Wait("the loop to block");
        return gate;
    }

    public void Release() => _release.Set();

    public void Dispose()
    {
        _release.Set();
        _entered.Dispose();
    }
}

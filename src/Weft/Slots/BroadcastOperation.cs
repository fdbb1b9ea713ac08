using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Slots;

/// <summary>
/// One run of work on every registered worker, with a completion that fires on main exactly once after the last
/// worker ran it (or refused it because its loop had exited). Awaiting it faults, naming the worker, when a worker
/// has exited or has not drained its queue within the pool's broadcast timeout.
/// </summary>
internal sealed class BroadcastOperation
{
    private readonly SlotRegistry _registry;
    private readonly Action? _onComplete;
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Dispatcher[] _workers = [];
    private int[] _done = [];
    private List<string>? _unavailable;
    private Action<ThreadSlots, int> _work = static (_, _) => { };
    private int _remaining;
    private int _completed;

    public BroadcastOperation(SlotRegistry registry, Action? onComplete)
    {
        _registry = registry;
        _onComplete = onComplete;
    }

    /// <summary>Main thread: posts <paramref name="work"/> to every worker.</summary>
    public void Start(IReadOnlyList<Dispatcher> workers, Action<ThreadSlots, int> work)
    {
        _work = work;
        _workers = workers.ToArray();
        _done = new int[_workers.Length];
        // One extra count held by the starter, so completion cannot fire before every post was attempted.
        _remaining = _workers.Length + 1;
        for (int i = 0; i < _workers.Length; i++)
        {
            if (!_workers[i].TryPost(static s => s.Operation.RunOnWorker(s.Index), (Operation: this, Index: i)))
            {
                (_unavailable ??= new()).Add(_workers[i].Name);
                Volatile.Write(ref _done[i], 1);
                Decrement();
            }
        }

        Decrement();
    }

    /// <summary>Main thread: nothing to post (shut down, or dead slot): complete now.</summary>
    public void CompleteWithoutWorkers() => Complete();

    public async Task WaitAsync()
    {
        TimeSpan timeout = _registry.BroadcastTimeout;
        try
        {
            await _completion.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            string pending = string.Join(", ", _workers.Where((_, i) => Volatile.Read(ref _done[i]) == 0).Select(w => $"'{w.Name}'"));
            throw new TimeoutException(
                $"A broadcast to every worker did not complete within {timeout.TotalSeconds:0.###} s: {pending} has not run it. " +
                "That worker's loop has stopped draining its queue (a stalled or blocked callback).");
        }
    }

    private void RunOnWorker(int index)
    {
        try
        {
            _work(ThreadSlots.Current!, index);
        }
        finally
        {
            Volatile.Write(ref _done[index], 1);
            Decrement();
        }
    }

    private void Decrement()
    {
        if (Interlocked.Decrement(ref _remaining) != 0)
        {
            return;
        }

        Dispatcher main = _registry.Main;
        if (Dispatcher.Current == main)
        {
            Complete();
        }
        else if (!main.TryPost(static op => op.Complete(), this))
        {
            _completion.TrySetException(new ObjectDisposedException(main.Name, "The worker pool shut down before the broadcast's completion could run on main."));
        }
    }

    private void Complete()
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return;
        }

        try
        {
            _onComplete?.Invoke();
        }
        finally
        {
            if (_unavailable is { Count: > 0 })
            {
                _completion.TrySetException(new InvalidOperationException(
                    $"The broadcast could not reach {string.Join(", ", _unavailable.Select(n => $"'{n}'"))}: that worker's loop has exited."));
            }
            else
            {
                _completion.TrySetResult();
            }
        }
    }
}

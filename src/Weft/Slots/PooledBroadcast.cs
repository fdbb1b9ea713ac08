using System;
using System.Collections.Generic;
using System.Threading;
using Weft.Internal;
using Weft.Threading;

namespace Weft.Slots;

/// <summary>
/// A broadcast of <c>update(value, state)</c> to every thread whose completion is a callback on main: the operation
/// object is pooled and every post carries it as reference state, so a steady stream of broadcasts allocates nothing.
/// </summary>
internal sealed class PooledBroadcast<T, TState> : IDispatcherWorkItem
    where T : class
{
    private static readonly ObjectPool<PooledBroadcast<T, TState>> Pool = new(static () => new PooledBroadcast<T, TState>(), capacity: 64);
    private static readonly Action<PooledBroadcast<T, TState>> RunOnWorkerCallback = static op => op.RunOnWorker();

    private Slot<T>? _slot;
    private Action<T, TState>? _update;
    private TState _state = default!;
    private Action? _onComplete;
    private int _remaining;
    private bool _started;

    public static void Start(Slot<T> slot, Action<T, TState> update, TState state, Action onComplete)
    {
        PooledBroadcast<T, TState> op = Pool.Rent();
        op._slot = slot;
        op._update = update;
        op._state = state;
        op._onComplete = onComplete;
        op._started = false;
        Dispatcher main = slot.Registry.Main;
        if (Dispatcher.Current == main)
        {
            op.Execute();
        }
        else
        {
            main.Post(op);
        }
    }

    /// <summary>On main: first the fan-out, then (posted back by the last worker) the completion.</summary>
    public void Execute()
    {
        if (!_started)
        {
            _started = true;
            FanOut();
        }
        else
        {
            Complete();
        }
    }

    private void FanOut()
    {
        Slot<T> slot = _slot!;
        SlotRegistry registry = slot.Registry;
        if (registry.IsShutdown)
        {
            Complete();
            return;
        }

        Apply();
        List<Dispatcher> workers = registry.RegisteredWorkers;
        _remaining = workers.Count + 1;
        foreach (Dispatcher worker in workers)
        {
            if (!worker.TryPost(RunOnWorkerCallback, this))
            {
                Decrement();
            }
        }

        Decrement();
    }

    private void RunOnWorker()
    {
        try
        {
            Apply();
        }
        finally
        {
            Decrement();
        }
    }

    private void Apply()
    {
        Slot<T> slot = _slot!;
        if (slot.IsAlive && slot.TryGet(out T? value))
        {
            _update!(value, _state);
        }
    }

    private void Decrement()
    {
        if (Interlocked.Decrement(ref _remaining) != 0)
        {
            return;
        }

        Dispatcher main = _slot!.Registry.Main;
        if (Dispatcher.Current == main)
        {
            Complete();
        }
        else if (!main.TryPost(this))
        {
            // Main has exited (shutdown): nothing can run there any more; recycle without the callback.
            Recycle();
        }
    }

    private void Complete()
    {
        Action? onComplete = _onComplete;
        Recycle();
        onComplete?.Invoke();
    }

    private void Recycle()
    {
        _slot = null;
        _update = null;
        _state = default!;
        _onComplete = null;
        Pool.Return(this);
    }
}

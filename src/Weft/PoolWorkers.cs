using System;
using System.Collections.Immutable;
using System.Globalization;
using Weft.Slots;
using Weft.Threading;

namespace Weft;

/// <summary>
/// A pool's worker threads: starts each one under its name (<c>{prefix}-worker-{n}</c>, in creation order), makes the
/// pool's thread context the first thing it runs and registers it with the slot registry on main, which replays every
/// live slot onto it before any later change. Closed to additions once shutdown begins, so the list a stop sees is final.
/// </summary>
internal sealed class PoolWorkers
{
    private readonly object _lock = new();
    private readonly WorkerPool _pool;
    private readonly Func<string, Dispatcher> _startDispatcher;
    private ImmutableArray<Dispatcher> _workers = ImmutableArray<Dispatcher>.Empty;
    private int _created;
    private volatile bool _closed;

    /// <param name="pool">The pool whose threads these are.</param>
    /// <param name="startDispatcher">Starts a loop on a new thread of the given name, with the pool's dispatcher options.</param>
    public PoolWorkers(WorkerPool pool, Func<string, Dispatcher> startDispatcher)
    {
        _pool = pool;
        _startDispatcher = startDispatcher;
    }

    /// <summary>The workers, in creation order (a snapshot).</summary>
    public ImmutableArray<Dispatcher> All => _workers;

    /// <summary>True once <see cref="Close"/> ran: no worker can be added.</summary>
    public bool IsClosed => _closed;

    /// <summary>
    /// Starts and registers one more worker, then hands it to <paramref name="onStarted"/> while additions are still
    /// excluded (so a shutdown beginning meanwhile sees the worker and whatever <paramref name="onStarted"/> set up).
    /// </summary>
    /// <exception cref="InvalidOperationException">Shutdown began.</exception>
    public Dispatcher Add(Action<Dispatcher>? onStarted = null)
    {
        lock (_lock)
        {
            if (_closed)
            {
                throw new InvalidOperationException("Cannot add a worker: the worker pool is shut down.");
            }

            Dispatcher worker = StartAndRegister();
            _workers = _workers.Add(worker);
            onStarted?.Invoke(worker);
            return worker;
        }
    }

    /// <summary>Refuses further additions and returns the final list. Idempotent.</summary>
    public ImmutableArray<Dispatcher> Close()
    {
        lock (_lock)
        {
            _closed = true;
            return _workers;
        }
    }

    private Dispatcher StartAndRegister()
    {
        int number = _created++;
        string name = string.Create(CultureInfo.InvariantCulture, $"{_pool.Options.ThreadNamePrefix}-worker-{number}");
        Dispatcher worker = _startDispatcher(name);
        // The first thing in the new worker's queue, before anyone else can post to it: from its first callback on,
        // the thread belongs to the pool. Its slot values follow through main.
        PoolThreadContext.InstallFirst(_pool, worker);
        _pool.Main.Post(static state => state.Registry.RegisterWorker(state.Worker, replay: true), (_pool.Registry, Worker: worker));
        return worker;
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Slots;
using Weft.Stats;
using Weft.Watchdog;
using Weft.Threading;

namespace Weft;

/// <summary>
/// One main dispatcher and N worker dispatchers, each on its own thread, sharing state through thread-local slots
/// the way Envoy's workers do: main publishes each change to every worker, each worker reads its own copy lock-free.
/// </summary>
public sealed class WorkerPool : IAsyncDisposable, IDisposable
{
    private readonly object _stopLock = new();
    private readonly ILogger? _logger;
    private readonly PoolWorkers _workers;
    private Task? _stopTask;

    private WorkerPool(WorkerPoolOptions options, DispatcherSeams seams)
    {
        Options = options;
        _logger = options.LoggerFactory?.CreateLogger("Weft.WorkerPool");
        Registry = new SlotRegistry(this);
        Stats = new StatsStore(this);
        Main = Dispatcher.StartWith($"{options.ThreadNamePrefix}-main", DispatcherOptionsFor("main"), seams);
        PoolThreadContext.InstallFirst(this, Main);
        _workers = new PoolWorkers(this, name => Dispatcher.StartWith(name, DispatcherOptionsFor(name), seams));
        for (int i = 0; i < options.WorkerCount; i++)
        {
            _workers.Add();
        }

        if (options.GuardDog is { } guardDogOptions && guardDogOptions.CheckInterval > TimeSpan.Zero)
        {
            GuardDog = new GuardDog(guardDogOptions, options.LoggerFactory?.CreateLogger("Weft.GuardDog"), $"{options.ThreadNamePrefix}-guarddog");
            GuardDog.Watch(Main);
            foreach (Dispatcher worker in _workers.All)
            {
                GuardDog.Watch(worker);
            }
        }

        Stats.Start(options.StatsFlushInterval);
    }

    /// <summary>Per-worker counters, gauges and histograms, merged on main and exported through the <c>Weft</c> meter.</summary>
    public StatsStore Stats { get; }

    /// <summary>The guard dog watching every dispatcher, or null when turned off.</summary>
    public GuardDog? GuardDog { get; }

    /// <summary>Starts a pool: the main dispatcher and <see cref="WorkerPoolOptions.WorkerCount"/> workers.</summary>
    public static WorkerPool Start(WorkerPoolOptions? options = null) => StartWith(options, DispatcherSeams.Default);

    /// <summary>Simulation: a pool whose loops take their clock, waiter and thread from <paramref name="seams"/>.</summary>
    internal static WorkerPool StartWith(WorkerPoolOptions? options, DispatcherSeams seams)
    {
        options ??= new WorkerPoolOptions();
        options.Validate();
        return new WorkerPool(options, seams);
    }

    /// <summary>The main dispatcher: owner of the slot registry, where changes start and completions run.</summary>
    public Dispatcher Main { get; }

    /// <summary>The worker dispatchers, in creation order (a snapshot; late-added workers appear in later reads).</summary>
    public IReadOnlyList<Dispatcher> Workers => _workers.All;

    /// <summary>The slot registry (infrastructure for generated code; allocate slots with <see cref="AllocateSlot{T}"/>).</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public SlotRegistry Registry { get; }

    /// <summary>True once shutdown began: slots can no longer be allocated, set or run.</summary>
    public bool IsShutdown => _workers.IsClosed || Registry.IsShutdown;

    internal WorkerPoolOptions Options { get; }

    /// <summary>The pool whose thread is the calling thread, or null.</summary>
    public static WorkerPool? Current => ThreadSlots.Current?.Registry.Pool;

    /// <summary>Allocates a thread-local slot. Any thread; refused after shutdown.</summary>
    /// <exception cref="InvalidOperationException">The pool is shut down.</exception>
    public Slot<T> AllocateSlot<T>()
        where T : class
    {
        if (_workers.IsClosed)
        {
            throw new InvalidOperationException("Cannot allocate a slot: the worker pool is shut down.");
        }

        return Registry.Allocate<T>();
    }

    /// <summary>
    /// Starts one more worker (late registration). Its registration runs on main, after which every live slot is
    /// replayed onto it, oldest first, before any later change reaches it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pool is shut down.</exception>
    public Dispatcher AddWorker() => _workers.Add(GuardDog is { } guardDog ? guardDog.Watch : null);

    /// <summary>
    /// As <see cref="AddWorker"/>; completes once the new worker has registered and every live slot's replay has run on
    /// it, so a callback posted to it afterwards sees every slot's value. A replay that throws leaves that slot without a
    /// value on the new worker (reported and counted, docs/failure-semantics.md) and does not fault the task: the worker
    /// is running and the other slots hold their values.
    /// </summary>
    public async Task<Dispatcher> AddWorkerAsync()
    {
        Dispatcher worker = AddWorker();
        // Main posted the registration replays to the worker before this reaches main; what main posts next lands
        // behind them in the worker's queue.
        Task reachedWorker = await Main.InvokeAsync(() => worker.InvokeAsync(static () => { })).ConfigureAwait(false);
        try
        {
            await reachedWorker.ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            throw new InvalidOperationException($"Worker '{worker.Name}' exited before it was ready.");
        }

        return worker;
    }

    /// <summary>
    /// Orderly shutdown: global threading is shut down on main (no more slot changes), each worker frees its slot
    /// values in reverse allocation order on its own thread and exits, then main does the same; all threads are
    /// joined. Posts to the pool's dispatchers are refused from then on. Idempotent: every call returns the same task.
    /// </summary>
    /// <remarks>
    /// Bounded by <see cref="WorkerPoolOptions.ShutdownTimeout"/> (plus at most two graces of min(timeout, 1 s) for
    /// threads told to exit only after a stuck one used it up). When main does not answer in time, global threading is
    /// shut down from the calling thread instead and the workers are still told to exit. Past the deadline the task faults with a <see cref="TimeoutException"/> naming each thread that has not exited and the
    /// callback it is running; those threads (background threads) are left running and their dispatchers undisposed.
    /// </remarks>
    public Task StopAsync()
    {
        lock (_stopLock)
        {
            // Closing the worker list first makes it final: no worker can be added behind the shutdown.
            return _stopTask ??= PoolShutdown.RunAsync(this, _workers.Close(), _logger);
        }
    }

    /// <summary>
    /// Stops the pool as <see cref="StopAsync"/> does. Past <see cref="WorkerPoolOptions.ShutdownTimeout"/> it logs
    /// the stuck threads at Error and returns (an <c>await using</c> must not turn a stuck worker into a crash at exit).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync().ConfigureAwait(false);
        }
        catch (TimeoutException stuck)
        {
            LogStuck(stuck);
        }
    }

    /// <summary>
    /// Stops the pool and waits, as <see cref="DisposeAsync"/> does: past the shutdown deadline it logs and returns.
    /// Must not be called on one of the pool's threads.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called on one of the pool's threads (it would wait for itself).</exception>
    public void Dispose()
    {
        if (Current == this)
        {
            throw new InvalidOperationException("A worker pool cannot be disposed synchronously from one of its own threads; call StopAsync and do not wait on it there.");
        }

        try
        {
            StopAsync().GetAwaiter().GetResult();
        }
        catch (TimeoutException stuck)
        {
            LogStuck(stuck);
        }
    }

    private void LogStuck(TimeoutException stuck) => _logger?.LogError("{Message}", stuck.Message);

    private DispatcherOptions DispatcherOptionsFor(string name) => new()
    {
        UnhandledExceptionHandler = Options.UnhandledExceptionHandler,
        Logger = Options.LoggerFactory?.CreateLogger("Weft.Dispatcher." + name),
        // The pool's completions count on every admitted callback running.
        QueuedWorkAtExit = QueuedWorkAtExit.Drain,
        IoBackend = Options.IoBackend,
    };
}

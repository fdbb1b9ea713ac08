using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
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
    private readonly object _lifecycleLock = new();
    private readonly ILogger? _logger;
    private readonly DispatcherSeams _seams;
    private ImmutableArray<Dispatcher> _workers;
    private Task? _stopTask;
    private volatile bool _stopping;
    private int _workersCreated;

    private WorkerPool(WorkerPoolOptions options, DispatcherSeams seams)
    {
        Options = options;
        _seams = seams;
        _logger = options.LoggerFactory?.CreateLogger("Weft.WorkerPool");
        Registry = new SlotRegistry(this);
        Stats = new StatsStore(this);
        Main = Dispatcher.StartWith($"{options.ThreadNamePrefix}-main", DispatcherOptionsFor("main"), seams);
        PoolThreadContext.InstallFirst(this, Main);
        var workers = ImmutableArray.CreateBuilder<Dispatcher>(options.WorkerCount);
        for (int i = 0; i < options.WorkerCount; i++)
        {
            workers.Add(CreateAndRegisterWorker());
        }

        _workers = workers.MoveToImmutable();
        if (options.GuardDog is { } guardDogOptions && guardDogOptions.CheckInterval > TimeSpan.Zero)
        {
            GuardDog = new GuardDog(guardDogOptions, options.LoggerFactory?.CreateLogger("Weft.GuardDog"), $"{options.ThreadNamePrefix}-guarddog");
            GuardDog.Watch(Main);
            foreach (Dispatcher worker in _workers)
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
    public IReadOnlyList<Dispatcher> Workers => _workers;

    /// <summary>The slot registry (infrastructure for generated code; allocate slots with <see cref="AllocateSlot{T}"/>).</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public SlotRegistry Registry { get; }

    /// <summary>True once shutdown began: slots can no longer be allocated, set or run.</summary>
    public bool IsShutdown => _stopping || Registry.IsShutdown;

    internal WorkerPoolOptions Options { get; }

    /// <summary>The pool whose thread is the calling thread, or null.</summary>
    public static WorkerPool? Current => ThreadSlots.Current?.Registry.Pool;

    /// <summary>Allocates a thread-local slot. Any thread; refused after shutdown.</summary>
    /// <exception cref="InvalidOperationException">The pool is shut down.</exception>
    public Slot<T> AllocateSlot<T>()
        where T : class
    {
        if (_stopping)
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
    public Dispatcher AddWorker()
    {
        lock (_lifecycleLock)
        {
            if (_stopping)
            {
                throw new InvalidOperationException("Cannot add a worker: the worker pool is shut down.");
            }

            Dispatcher worker = CreateAndRegisterWorker();
            _workers = _workers.Add(worker);
            GuardDog?.Watch(worker);
            return worker;
        }
    }

    /// <summary>
    /// As <see cref="AddWorker"/>; completes once the new worker has registered and applied every live slot, so a
    /// callback posted to it afterwards sees every slot's value.
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
        lock (_lifecycleLock)
        {
            _stopping = true;
            // No worker can be added once _stopping is set under this lock: the list is final.
            return _stopTask ??= PoolShutdown.RunAsync(this, _workers, _logger);
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

    private Dispatcher CreateAndRegisterWorker()
    {
        int number = _workersCreated++;
        string name = string.Create(CultureInfo.InvariantCulture, $"{Options.ThreadNamePrefix}-worker-{number}");
        Dispatcher worker = Dispatcher.StartWith(name, DispatcherOptionsFor(name), _seams);
        // The first thing in the new worker's queue, before anyone else can post to it: from its first callback on,
        // the thread belongs to the pool. Its slot values follow through main.
        PoolThreadContext.InstallFirst(this, worker);
        Main.Post(static state => state.Registry.RegisterWorker(state.Worker, replay: true), (Registry, Worker: worker));
        return worker;
    }

    private DispatcherOptions DispatcherOptionsFor(string name) => new()
    {
        UnhandledExceptionHandler = Options.UnhandledExceptionHandler,
        Logger = Options.LoggerFactory?.CreateLogger("Weft.Dispatcher." + name),
        // The pool's completions count on every admitted callback running.
        QueuedWorkAtExit = QueuedWorkAtExit.Drain,
        IoBackend = Options.IoBackend,
    };
}

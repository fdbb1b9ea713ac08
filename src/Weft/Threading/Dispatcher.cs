using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Weft.Internal;

namespace Weft.Threading;

/// <summary>
/// A non-blocking event loop bound to one thread, after Envoy's dispatcher: callbacks posted from any thread run on
/// it in order (FIFO per producer), timers and deferred deletes are owned by it, and <c>await</c> inside a callback
/// resumes on it. Posting takes no lock and, for <see cref="Post{TState}(Action{TState}, TState)"/>, allocates
/// nothing in steady state; a parked loop is woken once per park, not once per post.
/// </summary>
/// <remarks>
/// Start a loop on its own named thread with <see cref="Start"/>, or construct one and drive it yourself with
/// <see cref="Run"/> or <see cref="RunOnce"/> (tests do). <see cref="Exit"/> refuses further posts at once: a
/// refused post throws <see cref="ObjectDisposedException"/> (or returns false from <c>TryPost</c>); it is never
/// dropped silently. What was admitted before the exit is run or discarded-and-counted per
/// <see cref="DispatcherOptions.QueuedWorkAtExit"/>. The exception is an <c>await</c> continuation or scheduled task
/// arriving after the exit: it is dropped (never thrown on the thread that completed the awaited task, never run off
/// the loop), counted in <see cref="DispatcherStats.ContinuationsAfterExit"/> and the first one logged.
/// </remarks>
public sealed class Dispatcher : IDisposable
{
    /// <summary>Posted items run per visit to the queue before their cells are cleared and freed together.</summary>
    private const int RunLength = 64;

    [ThreadStatic]
    private static Dispatcher? t_current;

    private readonly DispatcherOptions _options;
    private readonly ILogger _logger;
    private readonly PostQueue _queue = new();
    private readonly DispatcherLoopStats _stats = new();
    private readonly IDispatcherWaiter _waiter;
    private readonly LoopBackend _backend;
    private readonly IDispatcherClock? _clock;
    private readonly TimerWheel _timers;
    private readonly Action<DispatcherTimer> _fireTimer;
    private readonly long _clockOrigin;
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _runLock = new();
    private List<IDisposable> _deferredDeletes = new();
    private List<IDisposable> _deletingNow = new();
    private Thread? _thread;
    private int _ownerThreadId;

    // While the loop runs: a stack address of the thread running it, taken as Run or RunOnce began (0 otherwise).
    // VerifyAccess's fast path; see OnLoopStack.
    private nuint _loopStackBase;
    private volatile bool _exitRequested;
    private volatile bool _exited;
    private bool _running;
    // Inside Run (not RunOnce): that thread will finish the exit without being asked again, so Dispose may wait for it.
    private volatile bool _inRun;
    private long _plannedWakeTimestamp;
    private ILoopObserver? _observer;
    private int _continuationAfterExitLogged;

    // Read by every post: alone on its line, away from what the loop writes per callback.
    private PaddedLong _parked;

    // Written by the loop per callback: on lines of their own, so producers reading _queue and _parked never miss.
    private LoopThreadState _loop;

    /// <summary>Creates a dispatcher that runs when a thread calls <see cref="Run"/> or <see cref="RunOnce"/>.</summary>
    /// <param name="name">Names the dispatcher in errors, logs and statistics (and its thread, when started).</param>
    /// <param name="options">Settings; null for the defaults.</param>
    public Dispatcher(string name, DispatcherOptions? options = null)
        : this(name, options, DispatcherSeams.Default)
    {
    }

    internal Dispatcher(string name, DispatcherOptions? options, DispatcherSeams seams)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _options = (options ?? new DispatcherOptions()).Validated();
        _clock = seams.Clock;
        _clockOrigin = Timestamp();
        _logger = _options.Logger ?? NullLogger.Instance;
        // The I/O backend is the waiter (epoll waits for readiness and wakes through its eventfd); a waiter injected
        // for simulation gets the portable backend on top, whose readiness arrives as posts through that waiter.
        IDispatcherWaiter? injected = seams.CreateWaiter?.Invoke(this);
        _backend = injected is null ? LoopBackend.Create(this, _options.IoBackend, _logger) : new PortableLoopBackend(this, injected);
        _waiter = injected ?? _backend;
        _timers = new TimerWheel(0);
        // Ahead of the wheel's "now" from the start: the first arm reads the clock.
        _loop.CallbackSerial = 1;
        _fireTimer = FireTimer;
        SynchronizationContext = new DispatcherSynchronizationContext(this);
        TaskScheduler = new DispatcherTaskScheduler(this);
    }

    /// <summary>Creates a dispatcher and runs its loop on a new thread named <paramref name="name"/>.</summary>
    /// <param name="name">The dispatcher's and its thread's name.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    public static Dispatcher Start(string name, DispatcherOptions? options = null) => StartWith(name, options, DispatcherSeams.Default);

    internal static Dispatcher StartWith(string name, DispatcherOptions? options, DispatcherSeams seams)
    {
        var dispatcher = new Dispatcher(name, options, seams);
        if (seams.ThreadStarter is { } starter)
        {
            starter.Start(dispatcher);
            return dispatcher;
        }

        var thread = new Thread(static state => ((Dispatcher)state!).Run())
        {
            Name = name,
            IsBackground = true,
        };
        dispatcher._thread = thread;
        // Bound before the thread starts, so no other thread is taken for the owner in between.
        dispatcher._ownerThreadId = thread.ManagedThreadId;
        thread.Start(dispatcher);
        return dispatcher;
    }

    /// <summary>The dispatcher whose loop is running on the calling thread, or null.</summary>
    [CallingThreadLoop]
    public static Dispatcher? Current => t_current;

    /// <summary>The name given at creation.</summary>
    public string Name { get; }

    /// <summary>
    /// True on the loop's thread, and on any thread before a thread was bound to the loop (Envoy's
    /// <c>isThreadSafe</c>): loop-owned objects may be touched only where this is true.
    /// </summary>
    public bool IsCurrentThread
    {
        get
        {
            int owner = Volatile.Read(ref _ownerThreadId);
            return owner == 0 || owner == Environment.CurrentManagedThreadId;
        }
    }

    /// <summary>True once <see cref="Exit"/> was called: posts are refused from then on.</summary>
    public bool IsExitRequested => _exitRequested;

    /// <summary>True once the loop has stopped for good and its queue is drained or discarded.</summary>
    public bool HasExited => _exited;

    /// <summary>
    /// Completes when the loop has exited; it never faults: an exception a callback threw went to the loop's
    /// unhandled-exception handler (docs/failure-semantics.md), not to this task.
    /// </summary>
    public Task Completion => _completion.Task;

    /// <summary>The context installed on the loop thread; <c>await</c> continuations posted to it run on this loop.</summary>
    public SynchronizationContext SynchronizationContext { get; }

    /// <summary>A scheduler that runs tasks on this loop.</summary>
    public TaskScheduler TaskScheduler { get; }

    internal TimerWheel Timers => _timers;

    /// <summary>The post queue (tests read which ring producers claim in).</summary>
    internal PostQueue Queue => _queue;

    /// <summary>The backend this loop runs on (tests check which one an option chose).</summary>
    internal LoopBackend Backend => _backend;

    /// <summary>The posted callback the loop is running now, or null between callbacks: for stall and shutdown reports.</summary>
    public string? RunningCallbackDescription => Describe(Volatile.Read(ref _loop.RunningCallback));

    /// <summary>Sets the one observer told of each iteration (the guard dog's watchdog); the loop knows nothing more of it.</summary>
    internal void SetObserver(ILoopObserver observer) => Volatile.Write(ref _observer, observer);

    /// <summary>A snapshot of the loop statistics.</summary>
    public DispatcherStats Stats => _stats.Snapshot(_queue.Count, _backend.FileEventsRun, _backend.FileEventFailures);

    /// <summary>Queues <paramref name="callback"/> to run on the loop.</summary>
    /// <exception cref="ObjectDisposedException">The dispatcher has exited or is exiting.</exception>
    public void Post([RunsOnOwningLoop] Action callback)
    {
        if (!TryPost(callback))
        {
            ThrowExited();
        }
    }

    /// <summary>Queues <paramref name="callback"/> to run on the loop; false (and nothing queued) once exiting.</summary>
    public bool TryPost([RunsOnOwningLoop] Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Enqueue(PostInvokers.Action, callback);
    }

    /// <summary>
    /// Queues <paramref name="callback"/> with its state: no closure, and no allocation in steady state, whatever
    /// <typeparamref name="TState"/> is.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The dispatcher has exited or is exiting.</exception>
    public void Post<TState>([RunsOnOwningLoop] Action<TState> callback, [PassedToCallback] TState state)
    {
        if (!TryPost(callback, state))
        {
            ThrowExited();
        }
    }

    /// <summary>Queues <paramref name="callback"/> with its state; false (and nothing queued) once exiting.</summary>
    public bool TryPost<TState>([RunsOnOwningLoop] Action<TState> callback, [PassedToCallback] TState state)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (!typeof(TState).IsValueType)
        {
            return Enqueue(PostInvokers<TState>.Reference, callback, Unsafe.As<TState, object?>(ref state));
        }

        if (PostInvokers<TState>.TravelsInline)
        {
            return EnqueueInline(callback, state);
        }

        // A larger value type, or one holding references, would box; a pooled holder is reused instead.
        StateHolder<TState> holder = StateHolderPool<StateHolder<TState>>.Rent();
        holder.Callback = callback;
        holder.State = state;
        if (Enqueue(PostInvokers<TState>.Held, holder))
        {
            return true;
        }

        holder.ReturnUnrun();
        return false;
    }

    /// <summary>
    /// Runs <paramref name="function"/> on the loop and completes with its result or its exception. Faults with
    /// <see cref="ObjectDisposedException"/> (rather than throwing) when the loop has exited or is exiting, and when the
    /// call was queued but the loop exited without running it (<see cref="QueuedWorkAtExit.Discard"/>): the Task always
    /// completes.
    /// </summary>
    public Task<T> InvokeAsync<T>([RunsOnOwningLoop] Func<T> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var call = new InvokeCall<T>(function);
        if (!TryPost(call))
        {
            call.TrySetException(new ObjectDisposedException(Name, $"Dispatcher '{Name}' has exited or is exiting; the call was not queued."));
        }

        return call.Task;
    }

    /// <summary>As <see cref="InvokeAsync{T}(Func{T})"/>, for an action.</summary>
    public Task InvokeAsync([RunsOnOwningLoop] Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return InvokeAsync(() =>
        {
            action();
            return true;
        });
    }

    /// <summary>Queues a work item (typically pooled by its poster).</summary>
    /// <exception cref="ObjectDisposedException">The dispatcher has exited or is exiting.</exception>
    public void Post([RunsOnOwningLoop] IDispatcherWorkItem workItem)
    {
        if (!TryPost(workItem))
        {
            ThrowExited();
        }
    }

    /// <summary>Queues a work item; false (and nothing queued) once exiting.</summary>
    public bool TryPost([RunsOnOwningLoop] IDispatcherWorkItem workItem)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        return Enqueue(PostInvokers.WorkItem, workItem);
    }

    /// <summary>
    /// Where <c>await</c> continuations and scheduled tasks arrive. Once the loop is exiting they cannot run on it, and
    /// must not run anywhere else; throwing would surface on whichever thread completed the awaited task (a pool
    /// thread, ending the process), so the continuation is dropped, counted in
    /// <see cref="DispatcherStats.ContinuationsAfterExit"/> and the first one logged.
    /// </summary>
    internal bool PostContinuation(SendOrPostCallback callback, object? state)
    {
        if (Enqueue(PostInvokers.SendOrPost, callback, state))
        {
            return true;
        }

        OnContinuationAfterExit();
        return false;
    }

    internal bool PostContinuation(Action<Task> execute, Task task)
    {
        if (TryPost(execute, task))
        {
            return true;
        }

        OnContinuationAfterExit();
        return false;
    }

    private void OnContinuationAfterExit()
    {
        _stats.CountContinuationAfterExit();
        if (Interlocked.Exchange(ref _continuationAfterExitLogged, 1) == 0)
        {
            _logger.LogWarning(
                "Dispatcher '{Dispatcher}' was sent an await continuation or task after its loop exited; it was dropped (never run off the loop). " +
                "Further ones are only counted (DispatcherStats.ContinuationsAfterExit). Usually an I/O read or a probe still in flight at shutdown.",
                Name);
        }
    }

    /// <summary>
    /// Registers <paramref name="socket"/> with this loop (Envoy's <c>createFileEvent</c>): <paramref name="callback"/>
    /// runs on the loop with the enabled kinds that became ready, edge-triggered (see <see cref="FileEvent"/>). The
    /// socket is made non-blocking. Loop thread only.
    /// </summary>
    /// <param name="socket">The socket to watch; it stays owned (and is closed) by the caller.</param>
    /// <param name="callback">Runs on this loop only; an exception it throws is counted and reported, the loop goes on.</param>
    /// <param name="enabled">The kinds to report from the start.</param>
    /// <exception cref="InvalidOperationException">Called off the loop thread.</exception>
    /// <exception cref="ObjectDisposedException">The loop is exiting or has exited.</exception>
    [RequiresLoopThread]
    public FileEvent CreateFileEvent(Socket socket, [RunsOnOwningLoop] Action<FileReadyType> callback, FileReadyType enabled)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(callback);
        if (_exitRequested)
        {
            throw new ObjectDisposedException(Name, $"Dispatcher '{Name}' has exited or is exiting; the file event was not registered.");
        }

        VerifyAccess("register a file event");

        return _backend.Register(socket, callback, enabled);
    }

    /// <summary>Creates a timer whose callback runs on this loop. Loop thread only.</summary>
    /// <exception cref="InvalidOperationException">Called off the loop thread.</exception>
    /// <exception cref="ObjectDisposedException">The loop has exited (its timers would never fire).</exception>
    [RequiresLoopThread]
    public DispatcherTimer CreateTimer([RunsOnOwningLoop] Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (_exited)
        {
            ThrowTimerOnExitedLoop();
        }

        VerifyAccess("create a timer");
        return new DispatcherTimer(this, callback);
    }

    /// <summary>
    /// Disposes <paramref name="disposable"/> on the loop thread at the end of the current iteration, after every
    /// callback that might still use it. Deletes requested during a delete pass get a pass of their own. After the loop
    /// has exited (on the thread that ran it) no callback can use it any more, so it is disposed before this returns;
    /// an exception from its <c>Dispose</c> is reported as a callback's would be.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called off the loop thread.</exception>
    [RequiresLoopThread]
    public void DeferredDelete(IDisposable disposable)
    {
        ArgumentNullException.ThrowIfNull(disposable);
        VerifyAccess("defer a delete");
        if (_exited)
        {
            // The exit's last delete pass is over: a delete queued now would never run. No callback can use the object
            // any more, so it goes now, also when asked from inside another such Dispose.
            DisposeAsCallback(disposable);
            return;
        }

        _deferredDeletes.Add(disposable);
    }

    /// <summary>
    /// Asks the loop to stop, from any thread. Posts are refused from this moment; the loop finishes its current
    /// iteration, then drains or discards what is queued. Idempotent.
    /// </summary>
    public void Exit()
    {
        _exitRequested = true;
        _queue.Close();
        _waiter.Wake();
    }

    /// <summary>Runs the loop on the calling thread until <see cref="Exit"/>. Returns at once, on any thread, once the loop has exited.</summary>
    /// <exception cref="InvalidOperationException">Another thread owns the loop, or it is already running.</exception>
    [RunsLoopOnCallingThread]
    public void Run()
    {
        if (_exited)
        {
            return;
        }

        EnterRun();
        Dispatcher? previousCurrent = t_current;
        SynchronizationContext? previousContext = SynchronizationContext.Current;
        t_current = this;
        SynchronizationContext.SetSynchronizationContext(SynchronizationContext);
        EnterLoopStack();
        _inRun = true;
        try
        {
            while (!_exitRequested)
            {
                RunIteration();
                if (!_exitRequested)
                {
                    Park();
                }
            }

            FinishExit();
        }
        finally
        {
            _inRun = false;
            _loopStackBase = 0;
            t_current = previousCurrent;
            SynchronizationContext.SetSynchronizationContext(previousContext);
            LeaveRun();
        }
    }

    /// <summary>
    /// Runs one iteration on the calling thread without blocking: ready file events, queued callbacks, due timers, deferred deletes.
    /// After <see cref="Exit"/>, completes the exit instead. Returns true while the loop has not exited; once it has,
    /// returns false at once, on any thread.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// Another thread owns the loop (the first to run it, or <see cref="Start(string, DispatcherOptions?)"/>'s thread),
    /// or it is already running on this thread (<see cref="Run"/> and <see cref="RunOnce"/> do not nest).
    /// </exception>
    [RunsLoopOnCallingThread]
    public bool RunOnce()
    {
        if (_exited)
        {
            return false;
        }

        EnterRun();
        Dispatcher? previousCurrent = t_current;
        SynchronizationContext? previousContext = SynchronizationContext.Current;
        t_current = this;
        SynchronizationContext.SetSynchronizationContext(SynchronizationContext);
        EnterLoopStack();
        try
        {
            if (_exitRequested)
            {
                FinishExit();
                return false;
            }

            RunIteration();
            return true;
        }
        finally
        {
            _loopStackBase = 0;
            t_current = previousCurrent;
            SynchronizationContext.SetSynchronizationContext(previousContext);
            LeaveRun();
        }
    }

    /// <summary>
    /// Exits and, off the loop thread, waits for the loop to finish: for a loop made by <see cref="Start"/>, or one
    /// inside <see cref="Run"/> on another thread, until that thread has finished the exit; a loop nobody runs (never
    /// run, or owned by the calling thread and not running) finishes its exit on the calling thread before this returns.
    /// A loop driven by <see cref="RunOnce"/> from another thread finishes its exit at that thread's next
    /// <see cref="RunOnce"/> (<see cref="Completion"/> completes then): waiting here could wait for ever. Inside one of
    /// the loop's own callbacks this only asks, as <see cref="Exit"/> does.
    /// </summary>
    public void Dispose()
    {
        Exit();
        Thread? thread = _thread;
        if (thread is not null)
        {
            if (thread.ManagedThreadId != Environment.CurrentManagedThreadId)
            {
                thread.Join();
            }
        }
        else if (!_exited && IsCurrentThread && !_running)
        {
            RunOnce();
        }
        else if (_inRun && !IsCurrentThread)
        {
            _completion.Task.Wait();
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"Dispatcher '{Name}'";

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void VerifyAccess(string action)
    {
        // Inside a callback of the running loop: a field read and a compare (timer arm and cancel, every event).
        if (OnLoopStack())
        {
            return;
        }

        // No thread bound yet (the loop never ran): any thread may.
        int owner = _ownerThreadId;
        if (owner == 0)
        {
            return;
        }

        // On the loop thread inside Run or RunOnce, deeper than the stack window: one thread-static read.
        if (ReferenceEquals(t_current, this))
        {
            return;
        }

        if (owner != Environment.CurrentManagedThreadId)
        {
            ThrowWrongThread(action);
        }
    }

    /// <summary>
    /// True when the caller's stack position lies within <see cref="LoopStackWindow"/> bytes below where the running
    /// loop entered Run or RunOnce. Threads' stacks never overlap, and the loop checked at entry that more than that
    /// lies below it on its own stack (<see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/> is true only
    /// with 128 KB left on 64-bit, 64 KB on 32-bit; otherwise the base stays 0), so an address in the window is on
    /// the loop thread's stack: the caller is the loop thread, inside the loop. A thread-static read costs a call
    /// into the runtime's thread-local storage on Linux (about 1.5 ns, once per arm and once per cancel); this costs a
    /// field read. False, never wrong, when the loop is not running (the base is 0 and the difference wraps) or the
    /// caller is deeper than the window: the thread-static check then decides.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool OnLoopStack() => _loopStackBase - StackPosition() < LoopStackWindow;

    private const uint LoopStackWindow = 16 * 1024;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe nuint StackPosition()
    {
        byte marker = 0;
        return (nuint)(&marker);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterLoopStack() =>
        _loopStackBase = RuntimeHelpers.TryEnsureSufficientExecutionStack() ? StackPosition() : 0;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void ThrowWrongThread(string action)
    {
        {
            throw new InvalidOperationException(
                $"Cannot {action} from thread '{Thread.CurrentThread.Name ?? Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture)}': " +
                $"it belongs to dispatcher '{Name}' and is used only on that dispatcher's thread. Post the call to the dispatcher instead.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Enqueue(nint invoker, object callback)
    {
        PostRing? ring = _queue.TryClaim(1, out long position);
        if (ring is null)
        {
            return false;
        }

        ring.Publish(position, invoker, callback);
        WakeIfParked();
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Enqueue(nint invoker, object callback, object? state)
    {
        PostRing? ring = _queue.TryClaim(1, out long position);
        if (ring is null)
        {
            return false;
        }

        ring.StateAt(position) = state;
        ring.Publish(position, invoker, callback);
        WakeIfParked();
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool EnqueueInline<TState>(Action<TState> callback, TState state)
    {
        // Here rather than in TryPost: a larger TryPost is no longer inlined into a producer's loop for large states.
        if (PostInvokers<TState>.TravelsPacked)
        {
            return Enqueue(PostInvokers<TState>.Packed(state), callback);
        }

        PostRing? ring = _queue.TryClaim(PostInvokers<TState>.InlinePositions, out long position);
        if (ring is null)
        {
            return false;
        }

        PostInvokers<TState>.WriteInline(ring, position, state);
        ring.Publish(position, PostInvokers<TState>.Inline, callback);
        WakeIfParked();
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WakeIfParked()
    {
        // The claim's compare-and-swap is a full fence, so this read cannot miss a park that began before it.
        if (Volatile.Read(ref _parked.Value) != 0)
        {
            WakeParked();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WakeParked()
    {
        if (Interlocked.Exchange(ref _parked.Value, 0) != 0)
        {
            _stats.CountWakeup();
            _waiter.Wake();
        }
    }

    private void EnterRun()
    {
        lock (_runLock)
        {
            int current = Environment.CurrentManagedThreadId;
            int owner = Volatile.Read(ref _ownerThreadId);
            if (owner != 0 && owner != current)
            {
                throw new InvalidOperationException($"Dispatcher '{Name}' is owned by another thread; only that thread may run it.");
            }

            if (_running)
            {
                throw new InvalidOperationException($"Dispatcher '{Name}' is already running on this thread (Run and RunOnce do not nest).");
            }

            Volatile.Write(ref _ownerThreadId, current);
            _running = true;
        }
    }

    private void LeaveRun()
    {
        lock (_runLock)
        {
            _running = false;
        }
    }

    private long NowTick(long timestamp) => ElapsedMilliseconds(timestamp, out _);

    /// <summary>
    /// The tick arms measure from: the clock reading rounded up to a whole millisecond. Rounded down (as the firing
    /// side reads it), a timer armed half-way through a millisecond would be due half a millisecond early.
    /// </summary>
    private long ArmTick(long timestamp) => ElapsedMilliseconds(timestamp, out bool partial) + (partial ? 1 : 0);

    /// <summary>Whole milliseconds since the loop's clock origin; <paramref name="partial"/>: a fraction of one more has passed.</summary>
    private long ElapsedMilliseconds(long timestamp, out bool partial)
    {
        // Whole seconds and the remainder apart: (elapsed * 1000) overflows after 106 days at a 1 GHz Stopwatch, and a
        // loop's clock would then run backwards.
        long seconds = Math.DivRem(timestamp - _clockOrigin, Stopwatch.Frequency, out long remainder);
        long milliseconds = Math.DivRem(remainder * 1000, Stopwatch.Frequency, out long fraction);
        partial = fraction != 0;
        return (seconds * 1000) + milliseconds;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private long Timestamp() => _clock is null ? Stopwatch.GetTimestamp() : _clock.GetTimestamp();

    /// <summary>The loop's clock now, in <see cref="Stopwatch"/> ticks (a test's manual clock when one is injected).</summary>
    internal long ClockTimestamp() => Timestamp();

    /// <summary>
    /// Loop thread: arms <paramref name="timer"/>, measured from the clock as read at the first arm of the running
    /// callback (one clock read per callback that arms timers, none per further arm).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ArmTimer(DispatcherTimer timer, TimeSpan delay)
    {
        // Inside a callback of the running loop the stack check alone decides (the hot path); anywhere else the loop
        // may have exited, and a timer armed there would never fire: refused rather than accepted silently.
        if (!OnLoopStack())
        {
            VerifyArmOffLoopStack();
        }

        if (_loop.CallbackSerial != _loop.TimerNowSerial)
        {
            RefreshTimerNow();
        }

        _timers.Schedule(timer, delay);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void VerifyArmOffLoopStack()
    {
        if (_exited)
        {
            ThrowTimerOnExitedLoop();
        }

        VerifyAccess("arm a timer");
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowTimerOnExitedLoop() =>
        throw new ObjectDisposedException(Name, $"Dispatcher '{Name}' has exited; a timer on it would never fire, so it was not armed.");

    /// <summary>Loop thread: a callback (file event, deferred delete) is about to run; the next timer arm reads the clock.</summary>
    internal void OnCallbackStarting() => _loop.CallbackSerial++;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void RefreshTimerNow()
    {
        _loop.TimerNowSerial = _loop.CallbackSerial;
        _timers.NowTick = Math.Max(_timers.NowTick, ArmTick(Timestamp()));
    }

    /// <summary>Simulation: milliseconds until a timer needs the loop (0: now; -1: no timer armed). Loop thread.</summary>
    internal long MillisecondsUntilNextTimer() => _timers.MillisecondsUntilNextWork(NowTick(Timestamp()));

    private void RunIteration()
    {
        // The clock is read once per iteration for the timers due; a timer armed during it reads the clock again at the
        // first arm of its callback (ArmTimer), so it measures from then, not from here.
        long start = Timestamp();
        if (_plannedWakeTimestamp != 0)
        {
            _stats.RecordPollDelay(Math.Max(0, start - _plannedWakeTimestamp));

            _plannedWakeTimestamp = 0;
        }

        _observer?.OnIterationStarted(start);
        _stats.CountIteration();
        long nowTick = ElapsedMilliseconds(start, out bool partial);
        _timers.NowTick = nowTick + (partial ? 1 : 0);
        _loop.TimerNowSerial = ++_loop.CallbackSerial;

        int ran = _backend.RunReadyEvents();
        ran += RunPostedCallbacks(_options.MaxCallbacksPerIteration);
        _queue.ReleaseSpareIfIdle(start);
        // Advance resets the wheel's "now" to the iteration's start: whatever arms after it reads the clock again.
        _loop.CallbackSerial++;
        int fired = _timers.Advance(nowTick, _fireTimer);
        bool deleted = RunDeferredDeletes();
        _loop.CallbackSerial++;
        // Timers cancelled off the first level during the iteration and not re-armed leave the wheel now; timers armed
        // with a zero delay become due for the next iteration.
        _timers.EndIteration();

        if (ran != 0 || fired != 0 || deleted)
        {
            _stats.RecordLoopDuration(Timestamp() - start);
        }
    }

    private int RunPostedCallbacks(int budget)
    {
        // In runs of up to RunLength: each item is read and run where it lies in its cell; the run's cells are then
        // cleared in one pass and freed with one move of the head (no write per item into a line producers fill).
        int ran = 0;
        while (ran < budget)
        {
            PostRing? ring = _queue.RingWithVisibleItem();
            if (ring is null)
            {
                // Dry: after a burst, producers go back to the small home ring (see PostQueue).
                _queue.ReturnHomeIfDrained();
                break;
            }

            long start = ring.Head;
            long position = start;
            int runLength = Math.Min(budget - ran, RunLength);
            int count = 0;
            while (count < runLength && ring.TryRead(position, start, out nint invoker, out object callback))
            {
                count++;
                _loop.CallbackSerial++;
                // Always kept (one reference store per callback): the guard dog and a shutdown past its deadline name it.
                Volatile.Write(ref _loop.RunningCallback, callback);
                try
                {
                    PostInvokers.Invoke(invoker, callback, ring, ref position, run: true);
                }
                catch (Exception ex)
                {
                    ReportUnhandled(ex);
                }
            }

            ring.ClearAndFree(start, position);
            ran += count;
        }

        if (ran != 0)
        {
            Volatile.Write(ref _loop.RunningCallback, null);
            _stats.CountCallbacks(ran);
        }

        return ran;
    }

    private void FireTimer(DispatcherTimer timer)
    {
        _stats.CountTimerFired();
        _loop.CallbackSerial++;
        try
        {
            timer.Fire();
        }
        catch (Exception ex)
        {
            ReportUnhandled(ex);
        }
    }

    private bool RunDeferredDeletes()
    {
        bool any = false;
        while (_deferredDeletes.Count != 0)
        {
            any = true;
            // Swap so deletes requested from a Dispose land in the other list and get their own pass.
            (_deferredDeletes, _deletingNow) = (_deletingNow, _deferredDeletes);
            foreach (IDisposable disposable in _deletingNow)
            {
                DisposeAsCallback(disposable);
            }

            _deletingNow.Clear();
        }

        return any;
    }

    /// <summary>A deferred delete runs as a callback does: counted for the timers' clock, its exception reported.</summary>
    private void DisposeAsCallback(IDisposable disposable)
    {
        _loop.CallbackSerial++;
        try
        {
            disposable.Dispose();
        }
        catch (Exception ex)
        {
            ReportUnhandled(ex);
        }
    }

    private void Park()
    {
        // Visible work first: it reads only the next cell, while HasPending reads the producers' tail counter (a line
        // their every post writes), which a busy loop would otherwise pull away from them once per iteration.
        if (_queue.HasVisibleWork || _queue.HasPending || _deferredDeletes.Count != 0 || _backend.HasReadyEvents)
        {
            return;
        }

        long waitMilliseconds = MillisecondsUntilNextTimer();
        bool waitIsForTimer = waitMilliseconds >= 0;
        if (_queue.HoldsSpare)
        {
            // The loop wakes to give a burst's spare ring back once it has gone unused long enough (PostQueue).
            long spareMilliseconds = MillisecondsCeiling(_queue.TicksUntilSpareRelease(Timestamp()));
            if (spareMilliseconds >= 0 && (waitMilliseconds < 0 || spareMilliseconds < waitMilliseconds))
            {
                waitMilliseconds = spareMilliseconds;
                waitIsForTimer = false;
            }
        }

        if (waitMilliseconds == 0)
        {
            return;
        }

        // A short spin catches a producer that is about to post without a trip through the kernel.
        // SpinWait backs off from pause instructions to yielding the core: on a machine with more threads than cores
        // a spinning loop must not starve the producer it is waiting for.
        var spinner = default(SpinWait);
        int spins = _backend.SpinRoundsBeforePark(_options.SpinCountBeforePark);
        for (int spin = 0; spin < spins; spin++)
        {
            if (_queue.HasVisibleWork || _exitRequested)
            {
                return;
            }

            spinner.SpinOnce(sleep1Threshold: -1);
        }

        _waiter.Prepare();
        Interlocked.Exchange(ref _parked.Value, 1);
        _stats.CountPark();
        // Re-check after publishing the parked flag: a post that landed before it will not try to wake us.
        if (_queue.HasPending || _exitRequested)
        {
            Interlocked.Exchange(ref _parked.Value, 0);
            return;
        }

        int timeout = waitMilliseconds < 0 ? Timeout.Infinite : (int)Math.Min(waitMilliseconds, int.MaxValue);
        // Poll delay is measured against timers only: a wake to release the spare has no deadline anyone waits on.
        _plannedWakeTimestamp = !waitIsForTimer ? 0 : Timestamp() + (timeout * Stopwatch.Frequency / 1000);
        _waiter.Park(timeout);
        Interlocked.Exchange(ref _parked.Value, 0);
    }

    /// <summary>Whole milliseconds covering <paramref name="ticks"/> of the clock (negative stays -1).</summary>
    private static long MillisecondsCeiling(long ticks) =>
        ticks < 0 ? -1 : (long)Math.Ceiling(ticks * 1000.0 / Stopwatch.Frequency);

    private void FinishExit()
    {
        _queue.Close();
        if (_options.QueuedWorkAtExit == QueuedWorkAtExit.Drain)
        {
            long ran = 0;
            while (_queue.RingWithVisibleItemWaitingForWriters() is { } ring)
            {
                ran++;
                long start = ring.Head;
                long position = start;
                ring.TryRead(position, start, out nint invoker, out object callback);
                try
                {
                    PostInvokers.Invoke(invoker, callback, ring, ref position, run: true);
                }
                catch (Exception ex)
                {
                    ReportUnhandled(ex);
                }
                finally
                {
                    ring.ClearAndFree(start, position);
                }
            }

            _stats.CountCallbacks(ran);
        }
        else
        {
            long discarded = 0;
            while (_queue.RingWithVisibleItemWaitingForWriters() is { } ring)
            {
                long start = ring.Head;
                long position = start;
                ring.TryRead(position, start, out nint invoker, out object callback);
                PostInvokers.Invoke(invoker, callback, ring, ref position, run: false);
                ring.ClearAndFree(start, position);
                discarded++;
                if (callback is IDiscardedAtExit awaited)
                {
                    // Someone waits for this one (InvokeAsync): tell them, or they would wait for ever.
                    awaited.OnDiscardedAtExit(this);
                }
            }

            _stats.SetDiscardedAtExit(discarded);
            if (discarded != 0)
            {
                _logger.LogWarning("Dispatcher '{Dispatcher}' exited with {Count} queued callbacks discarded.", Name, discarded);
            }
        }

        RunDeferredDeletes();
        _backend.Close();
        RunDeferredDeletes();
        // The exit does not wait for timers (docs/failure-semantics.md): the ones still armed never fire.
        _timers.DisarmAll();
        _exited = true;
        _completion.TrySetResult();
    }

    /// <summary>On the loop thread: what the loop does with a callback's exception (handler or log, and counted).</summary>
    internal void ReportUnhandled(Exception exception)
    {
        _stats.CountUnhandledException();
        try
        {
            if (_options.UnhandledExceptionHandler is { } handler)
            {
                handler(this, exception);
            }
            else
            {
                _logger.LogError(exception, "Unhandled exception in a callback on dispatcher '{Dispatcher}'; the loop goes on.", Name);
            }
        }
        catch (Exception handlerFailure)
        {
            _logger.LogError(handlerFailure, "The unhandled-exception handler of dispatcher '{Dispatcher}' threw.", Name);
        }
    }

    internal void ReportFileEventFailure(FileEvent fileEvent, Exception exception)
    {
        _logger.LogDebug("A file-event callback threw on dispatcher '{Dispatcher}' ({FileEvent}).", Name, fileEvent);
        ReportUnhandled(exception);
    }

    private static string? Describe(object? callback) => callback switch
    {
        null => null,
        Delegate d => $"{d.Method.DeclaringType?.FullName}.{d.Method.Name}",
        _ => callback.GetType().FullName,
    };

    private void ThrowExited() =>
        throw new ObjectDisposedException(Name, $"Dispatcher '{Name}' has exited or is exiting; the callback was not queued.");

    /// <summary>
    /// What only the loop thread writes while it runs callbacks, with a full cache line of padding before and after
    /// (the object allocated next, the queue, holds the producers' tail).
    /// </summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit, Size = 3 * CacheLine.Size)]
    private struct LoopThreadState
    {
        /// <summary>The callback running now (for stall and shutdown reports); read by other threads.</summary>
        [System.Runtime.InteropServices.FieldOffset(CacheLine.Size)]
        public object? RunningCallback;

        /// <summary>Moves on as each callback starts, and past each iteration's end.</summary>
        [System.Runtime.InteropServices.FieldOffset(CacheLine.Size + 8)]
        public long CallbackSerial;

        /// <summary>The <see cref="CallbackSerial"/> at which the timer wheel's "now" was last read from the clock.</summary>
        [System.Runtime.InteropServices.FieldOffset(CacheLine.Size + 16)]
        public long TimerNowSerial;
    }
}

using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Slots;

/// <summary>
/// A thread-local slot: every thread of a <see cref="WorkerPool"/> holds its own value, read lock-free with
/// <see cref="Get"/>. Values change only through the main dispatcher, which posts each change to every worker
/// (read-copy-update). Allocate with <see cref="WorkerPool.AllocateSlot{T}"/>.
/// </summary>
/// <typeparam name="T">The value type held per thread.</typeparam>
public sealed class Slot<T> : SlotBase, IDisposable
    where T : class
{
    private readonly ThreadStaticSlotAccessor<T>? _accessor;

    internal Slot(SlotRegistry registry, int index, long allocationOrder, ThreadStaticSlotAccessor<T>? accessor)
        : base(registry, index, allocationOrder)
    {
        _accessor = accessor;
    }

    /// <summary>True when the calling thread belongs to this slot's pool (main or a registered worker).</summary>
    internal bool CurrentThreadRegistered => ReferenceEquals(ThreadSlots.Current?.Registry, Registry);

    /// <summary>
    /// Every thread builds its own value with <paramref name="initializer"/>, given its dispatcher: main first (inline
    /// when called there), then every registered worker through its queue. Values that are <see cref="IDisposable"/>
    /// are disposed on their own thread when replaced, when the slot is disposed and at shutdown.
    /// </summary>
    /// <remarks>
    /// <para>When the initializer throws on main, the change is abandoned: no worker is sent it, every thread keeps its
    /// previous value, and workers added later keep replaying the previous initializer (or get no value when there was
    /// none). When it throws on a worker, that worker keeps its previous value; the others switch.</para>
    /// <para>Here, with no Task to carry it, each such exception goes to <see cref="WorkerPoolOptions.UnhandledExceptionHandler"/>
    /// (or the dispatcher's log) on the thread where it threw and is counted in <c>weft.slot.callback_exceptions</c>.</para>
    /// <para>The initializer that succeeded on main is replayed on workers registered later; if it throws there, that
    /// worker holds no value for the slot and the exception is reported and counted the same way.</para>
    /// </remarks>
    /// <exception cref="InvalidOperationException">The pool is shut down.</exception>
    public void Set([PerWorkerFactory] Func<Dispatcher, T?> initializer)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        Registry.ThrowIfShutdown("set a slot");
        FanOut<SetStep>.Start(Registry, new SetStep(this, initializer, ownsValues: true, "Set"), onComplete: null);
    }

    /// <summary>
    /// As <see cref="Set"/>; completes when every registered thread holds its new value. Faults with an
    /// <see cref="AggregateException"/> naming each thread where the initializer threw (its inner exceptions, in thread
    /// order, carry the dispatcher's name in <c>Data["Weft.Dispatcher"]</c>) — at once when it threw on main, since
    /// no worker is then sent it; with an <see cref="InvalidOperationException"/> when a worker's loop has exited or
    /// a shutdown overtook the queued call; with a <see cref="TimeoutException"/> naming every thread that has not run
    /// it (main included) after <see cref="WorkerPoolOptions.BroadcastTimeout"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Thrown at once, nothing queued, when the pool is already shut down.</exception>
    public Task SetAsync([PerWorkerFactory] Func<Dispatcher, T?> initializer)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        Registry.ThrowIfShutdown("set a slot");
        return StartAsync(new SetStep(this, initializer, ownsValues: true, "SetAsync"));
    }

    /// <summary>
    /// Publishes one shared, immutable <paramref name="value"/> to every thread by reference (read-copy-update); also
    /// replayed on late workers. The slot never disposes a published value: it is shared.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pool is shut down.</exception>
    public void Publish([Published] T? value)
    {
        Registry.ThrowIfShutdown("publish to a slot");
        FanOut<SetStep>.Start(Registry, new SetStep(this, _ => value, ownsValues: false, "Publish"), onComplete: null);
    }

    /// <summary>As <see cref="Publish(T)"/>; <paramref name="onAllApplied"/> runs on main exactly once after every thread switched (or failed to), in a later turn of main's loop (never inside this call); dropped if main's loop has exited by then (docs/failure-semantics.md).</summary>
    /// <exception cref="InvalidOperationException">The pool is shut down.</exception>
    public void Publish([Published] T? value, [RunsOnMain] Action onAllApplied)
    {
        ArgumentNullException.ThrowIfNull(onAllApplied);
        Registry.ThrowIfShutdown("publish to a slot");
        FanOut<SetStep>.Start(Registry, new SetStep(this, _ => value, ownsValues: false, "Publish"), onAllApplied);
    }

    /// <summary>
    /// As <see cref="Publish(T)"/>; completes when every registered thread switched to the new value. Faults as
    /// <see cref="SetAsync"/> does.
    /// </summary>
    /// <exception cref="InvalidOperationException">Thrown at once, nothing queued, when the pool is already shut down.</exception>
    public Task PublishAsync([Published] T? value)
    {
        Registry.ThrowIfShutdown("publish to a slot");
        return StartAsync(new SetStep(this, _ => value, ownsValues: false, "PublishAsync"));
    }

    /// <summary>This thread's value. Lock-free, no allocation.</summary>
    /// <exception cref="InvalidOperationException">Not on a thread of this pool, or no value set here.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [RequiresLoopThread]
    public T Get() => TryGet(out T? value) ? value : ThrowUnavailable();

    /// <summary>This thread's value, or false when off the pool or not set here. Lock-free, no allocation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [RequiresLoopThread]
    public bool TryGet([MaybeNullWhen(false)] out T value)
    {
        ThreadSlots? slots = ThreadSlots.Current;
        if (slots is not null && ReferenceEquals(slots.Registry, Registry))
        {
            SlotEntry[] entries = slots.Entries;
            int index = Index;
            if ((uint)index < (uint)entries.Length)
            {
                ref SlotEntry entry = ref entries[index];
                if (ReferenceEquals(entry.Owner, this) && entry.Value is not null)
                {
                    value = Unsafe.As<T>(entry.Value);
                    return true;
                }
            }
        }

        value = null;
        return false;
    }

    /// <summary>
    /// Runs <paramref name="update"/> with each thread's value, on that thread: main first (inline when called there),
    /// then every registered worker. Threads with no value are skipped; so is everything once the slot is disposed.
    /// An exception on one thread does not stop the others; each goes to
    /// <see cref="WorkerPoolOptions.UnhandledExceptionHandler"/> (or the log) on its thread and is counted in
    /// <c>weft.slot.callback_exceptions</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pool is shut down.</exception>
    public void RunOnAllThreads([RunsOnEveryWorker] Action<T> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Registry.ThrowIfShutdown("run on all threads");
        FanOut<UpdateStep<T, Action<T>>>.Start(Registry, new UpdateStep<T, Action<T>>(this, InvokeUpdate, update), onComplete: null);
    }

    /// <summary>
    /// As <see cref="RunOnAllThreads(Action{T})"/>; <paramref name="complete"/> runs on main exactly once after every
    /// thread ran the update, skipped it or threw (exceptions are reported as there), also when the slot was disposed
    /// meanwhile; always in a later turn of main's loop, never inside this call. Dropped if main's loop has exited by
    /// then (docs/failure-semantics.md).
    /// </summary>
    /// <exception cref="InvalidOperationException">The pool is shut down.</exception>
    public void RunOnAllThreads([RunsOnEveryWorker] Action<T> update, [RunsOnMain] Action complete)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(complete);
        Registry.ThrowIfShutdown("run on all threads");
        FanOut<UpdateStep<T, Action<T>>>.Start(Registry, new UpdateStep<T, Action<T>>(this, InvokeUpdate, update), complete);
    }

    /// <summary>
    /// As <see cref="RunOnAllThreads(Action{T})"/>; completes after every thread ran it. Faults with an
    /// <see cref="AggregateException"/> naming each thread where the update threw (the others still ran it; inner
    /// exceptions carry <c>Data["Weft.Dispatcher"]</c>), with an <see cref="InvalidOperationException"/> when a
    /// worker's loop has exited or a shutdown overtook the queued call, and with a <see cref="TimeoutException"/> naming
    /// every thread that has not run it (main included) after <see cref="WorkerPoolOptions.BroadcastTimeout"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Thrown at once, nothing queued, when the pool is already shut down.</exception>
    public Task RunOnAllThreadsAsync([RunsOnEveryWorker] Action<T> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Registry.ThrowIfShutdown("run on all threads");
        return StartAsync(new UpdateStep<T, Action<T>>(this, InvokeUpdate, update));
    }

    /// <summary>
    /// Frees the slot: on main at once, from a worker by posting the removal to main, after shutdown not at all.
    /// Every thread's value is freed on that thread; queued callbacks for the slot are skipped; the index is reused.
    /// </summary>
    public void Dispose()
    {
        if (Registry.IsShutdown || IsDisposed)
        {
            return;
        }

        if (Dispatcher.Current == Registry.Main)
        {
            Registry.Remove(this);
        }
        else
        {
            // Refused only when main has exited, and then shutdown has already freed everything.
            Registry.Main.TryPost(static slot => slot.Registry.Remove(slot), this);
        }
    }

    /// <summary>
    /// <see cref="RunOnAllThreads(Action{T}, Action)"/> with its arguments in <paramref name="state"/>, so a static
    /// lambda captures nothing: nothing is allocated per call in steady state. Used by generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void RunOnAllThreads<TState>([RunsOnEveryWorker] Action<T, TState> update, [Published] TState state, [RunsOnMain] Action onAllApplied)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(onAllApplied);
        Registry.ThrowIfShutdown("run on all threads");
        FanOut<UpdateStep<T, TState>>.Start(Registry, new UpdateStep<T, TState>(this, update, state), onAllApplied);
    }

    /// <summary><see cref="RunOnAllThreadsAsync(Action{T})"/> with its arguments in <paramref name="state"/>. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task RunOnAllThreadsAsync<TState>([RunsOnEveryWorker] Action<T, TState> update, [Published] TState state)
    {
        ArgumentNullException.ThrowIfNull(update);
        Registry.ThrowIfShutdown("run on all threads");
        return StartAsync(new UpdateStep<T, TState>(this, update, state));
    }

    /// <inheritdoc />
    public override string ToString() => $"Slot<{typeof(T).Name}>#{Index}";

    internal override void OnCurrentThreadValueChanged(object? value)
    {
        if (_accessor is not null)
        {
            _accessor.Value = (T?)value;
        }
    }

    /// <summary>The value <paramref name="slots"/> (one thread's entries) holds for this slot, if any.</summary>
    internal bool TryGetOn(ThreadSlots slots, [MaybeNullWhen(false)] out T value)
    {
        SlotEntry[] entries = slots.Entries;
        if ((uint)Index < (uint)entries.Length)
        {
            SlotEntry entry = entries[Index];
            if (ReferenceEquals(entry.Owner, this) && entry.Value is T typed)
            {
                value = typed;
                return true;
            }
        }

        value = null;
        return false;
    }

    private static readonly Action<T, Action<T>> InvokeUpdate = static (value, update) => update(value);

    private Task StartAsync<TStep>(in TStep step)
        where TStep : struct, IFanOutStep
    {
        var task = new FanOutTask();
        FanOut<TStep>.Start(Registry, step, onComplete: null, task);
        return task.WaitAsync(Registry.BroadcastTimeout, Registry.Pool);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private T ThrowUnavailable()
    {
        ThreadSlots? slots = ThreadSlots.Current;
        string where = slots is null
            ? $"thread '{System.Threading.Thread.CurrentThread.Name ?? "unnamed"}' is not a thread of a worker pool"
            : !ReferenceEquals(slots.Registry, Registry)
                ? $"dispatcher '{slots.Dispatcher.Name}' belongs to another worker pool"
                : IsDisposed ? "the slot was disposed" : $"no value was set on dispatcher '{slots.Dispatcher.Name}' yet";
        throw new InvalidOperationException($"{this} holds no value for {typeof(T).FullName} here: {where}.");
    }
}

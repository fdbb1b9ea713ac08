using System;
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
    public bool CurrentThreadRegistered => ReferenceEquals(ThreadSlots.Current?.Registry, Registry);

    /// <summary>
    /// Every thread builds its own value with <paramref name="initializer"/>, given its dispatcher: main inline (when
    /// called there), workers through their queues. The initializer is kept and replayed on workers registered later.
    /// Values that are <see cref="IDisposable"/> are disposed on their own thread when replaced, when the slot is
    /// disposed and at shutdown.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pool is shut down.</exception>
    public void Set([PerWorkerFactory] Func<Dispatcher, T?> initializer)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        Registry.ThrowIfShutdown("set a slot");
        Func<Dispatcher, object?> untyped = initializer;
        Registry.OnMain(() => Registry.SetOnAllThreads(this, untyped, ownsValues: true, completion: null));
    }

    /// <summary>As <see cref="Set"/>; completes when every registered thread holds its new value.</summary>
    public Task SetAsync([PerWorkerFactory] Func<Dispatcher, T?> initializer)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        Registry.ThrowIfShutdown("set a slot");
        var operation = new BroadcastOperation(Registry, onComplete: null);
        Func<Dispatcher, object?> untyped = initializer;
        Registry.OnMain(() => Registry.SetOnAllThreads(this, untyped, ownsValues: true, operation));
        return operation.WaitAsync();
    }

    /// <summary>
    /// Publishes one shared, immutable <paramref name="value"/> to every thread by reference (read-copy-update); also
    /// replayed on late workers. The slot never disposes a published value: it is shared.
    /// </summary>
    public void Publish([Published] T? value)
    {
        Registry.ThrowIfShutdown("publish to a slot");
        Func<Dispatcher, object?> initializer = _ => value;
        Registry.OnMain(() => Registry.SetOnAllThreads(this, initializer, ownsValues: false, completion: null));
    }

    /// <summary>As <see cref="Publish(T)"/>; <paramref name="onAllApplied"/> runs on main once every thread switched.</summary>
    public void Publish([Published] T? value, [RunsOnMain] Action onAllApplied)
    {
        ArgumentNullException.ThrowIfNull(onAllApplied);
        Registry.ThrowIfShutdown("publish to a slot");
        Func<Dispatcher, object?> initializer = _ => value;
        var operation = new BroadcastOperation(Registry, onAllApplied);
        Registry.OnMain(() => Registry.SetOnAllThreads(this, initializer, ownsValues: false, operation));
    }

    /// <summary>As <see cref="Publish(T)"/>; completes when every registered thread switched to the new value.</summary>
    public Task PublishAsync([Published] T? value)
    {
        Registry.ThrowIfShutdown("publish to a slot");
        Func<Dispatcher, object?> initializer = _ => value;
        var operation = new BroadcastOperation(Registry, onComplete: null);
        Registry.OnMain(() => Registry.SetOnAllThreads(this, initializer, ownsValues: false, operation));
        return operation.WaitAsync();
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
    /// </summary>
    public void RunOnAllThreads([RunsOnEveryWorker] Action<T> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Registry.ThrowIfShutdown("run on all threads");
        var operation = new BroadcastOperation(Registry, onComplete: null);
        Registry.OnMain(() => Registry.RunOnAllThreads(this, slots => Apply(slots, update), operation));
    }

    /// <summary>
    /// As <see cref="RunOnAllThreads(Action{T})"/>; <paramref name="complete"/> runs on main exactly once after every
    /// thread ran (or skipped) the update, also when the slot was disposed meanwhile.
    /// </summary>
    public void RunOnAllThreads([RunsOnEveryWorker] Action<T> update, [RunsOnMain] Action complete)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(complete);
        Registry.ThrowIfShutdown("run on all threads");
        var operation = new BroadcastOperation(Registry, complete);
        Registry.OnMain(() => Registry.RunOnAllThreads(this, slots => Apply(slots, update), operation));
    }

    /// <summary>
    /// As <see cref="RunOnAllThreads(Action{T})"/>; completes after every thread ran it. Faults naming the worker when
    /// one has exited, or has not drained its queue within <see cref="WorkerPoolOptions.BroadcastTimeout"/>.
    /// </summary>
    public Task RunOnAllThreadsAsync([RunsOnEveryWorker] Action<T> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Registry.ThrowIfShutdown("run on all threads");
        var operation = new BroadcastOperation(Registry, onComplete: null);
        Registry.OnMain(() => Registry.RunOnAllThreads(this, slots => Apply(slots, update), operation));
        return operation.WaitAsync();
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
    /// Runs <paramref name="update"/> with each thread's value and <paramref name="state"/> (main first, then every
    /// worker); <paramref name="onAllApplied"/> runs on main exactly once afterwards. Nothing is allocated per call in
    /// steady state: pass a static lambda or a cached delegate and put the arguments in <paramref name="state"/>.
    /// </summary>
    public void RunOnAllThreads<TState>([RunsOnEveryWorker] Action<T, TState> update, [Published] TState state, [RunsOnMain] Action onAllApplied)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(onAllApplied);
        Registry.ThrowIfShutdown("run on all threads");
        PooledBroadcast<T, TState>.Start(this, update, state, onAllApplied);
    }

    /// <summary>As <see cref="RunOnAllThreads{TState}(Action{T, TState}, TState, Action)"/>; completes after every thread ran it.</summary>
    public Task RunOnAllThreadsAsync<TState>([RunsOnEveryWorker] Action<T, TState> update, [Published] TState state)
    {
        ArgumentNullException.ThrowIfNull(update);
        Registry.ThrowIfShutdown("run on all threads");
        var operation = new BroadcastOperation(Registry, onComplete: null);
        Registry.OnMain(() => Registry.RunOnAllThreads(this, slots => Apply(slots, value => update(value, state)), operation));
        return operation.WaitAsync();
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

    private void Apply(ThreadSlots slots, Action<T> update)
    {
        if ((uint)Index < (uint)slots.Entries.Length)
        {
            SlotEntry entry = slots.Entries[Index];
            if (ReferenceEquals(entry.Owner, this) && entry.Value is T value)
            {
                update(value);
            }
        }
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

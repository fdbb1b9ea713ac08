using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Slots;

/// <summary>
/// Envoy's thread-local slot registry. Allocation takes a short lock (any thread); every other change runs on the
/// main dispatcher, which posts it to each worker. Because all of a slot's traffic to a worker leaves from the one
/// main thread, each worker sees it in order: a null-out before any set on a reused index, a registration before
/// the replays that follow it.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class SlotRegistry
{
    private readonly WorkerPool _pool;
    private readonly object _allocationLock = new();
    private readonly List<SlotBase?> _slots = new();
    private readonly Stack<int> _freeIndexes = new();
    private readonly List<Dispatcher> _registeredWorkers = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, SlotBase> _staticSlots = new(ReferenceEqualityComparer.Instance);
    private long _allocationCounter;
    private volatile bool _isShutdown;
    private long _callbackFailures;

    internal SlotRegistry(WorkerPool pool) => _pool = pool;

    /// <summary>True once global threading was shut down: no slot may be set or run from then on.</summary>
    internal bool IsShutdown => _isShutdown;

    internal WorkerPool Pool => _pool;

    internal Dispatcher Main => _pool.Main;

    internal TimeSpan BroadcastTimeout => _pool.Options.BroadcastTimeout;

    /// <summary>Main thread only: the workers registered so far, in registration order.</summary>
    internal List<Dispatcher> RegisteredWorkers => _registeredWorkers;

    /// <summary>
    /// The slot backing a generated <c>[ThreadLocalSlot]</c> type in this pool, allocated on first use. Its value on
    /// each thread is mirrored into the type's own <c>[ThreadStatic]</c> field through <paramref name="accessor"/>.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public Slot<T> StaticSlot<T>(ThreadStaticSlotAccessor<T> accessor)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(accessor);
        if (_staticSlots.TryGetValue(accessor, out SlotBase? existing))
        {
            return (Slot<T>)existing;
        }

        lock (_allocationLock)
        {
            if (_staticSlots.TryGetValue(accessor, out existing))
            {
                return (Slot<T>)existing;
            }

            Slot<T> slot = Allocate<T>(accessor);
            _staticSlots[accessor] = slot;
            return slot;
        }
    }

    /// <summary>Tests and benchmarks: the static slot already registered for <typeparamref name="T"/>, or a new one.</summary>
    internal Slot<T> StaticSlotFor<T>()
        where T : class
    {
        lock (_allocationLock)
        {
            foreach (SlotBase slot in _staticSlots.Values)
            {
                if (slot is Slot<T> typed)
                {
                    return typed;
                }
            }
        }

        throw new InvalidOperationException($"No generated slot for {typeof(T)} was used with this pool yet.");
    }

    internal Slot<T> Allocate<T>(ThreadStaticSlotAccessor<T>? accessor = null)
        where T : class
    {
        lock (_allocationLock)
        {
            if (_isShutdown)
            {
                throw new InvalidOperationException("Cannot allocate a slot: the worker pool is shut down.");
            }

            int index;
            if (_freeIndexes.Count > 0)
            {
                index = _freeIndexes.Pop();
            }
            else
            {
                index = _slots.Count;
                _slots.Add(null);
            }

            var slot = new Slot<T>(this, index, ++_allocationCounter, accessor);
            _slots[index] = slot;
            return slot;
        }
    }

    internal void ThrowIfShutdown(string operation)
    {
        if (_isShutdown)
        {
            throw new InvalidOperationException($"Cannot {operation}: the worker pool is shut down.");
        }
    }

    /// <summary>Exceptions thrown by slot initializers and updates on any thread (also in replays on late workers).</summary>
    internal long CallbackFailures => Interlocked.Read(ref _callbackFailures);

    internal void CountCallbackFailure() => Interlocked.Increment(ref _callbackFailures);

    /// <summary>Main thread: kills the slot, nulls its entry on every thread (freeing values there) and recycles the index.</summary>
    internal void Remove(SlotBase slot)
    {
        if (_isShutdown || slot.IsDisposed)
        {
            return;
        }

        slot.MarkDead();
        NullOut(ThreadSlots.Current!, slot);
        foreach (Dispatcher worker in _registeredWorkers)
        {
            worker.TryPost(static s => NullOut(ThreadSlots.Current!, s), slot);
        }

        // Only now may the index be reused: any set on it leaves main after the null-outs above.
        lock (_allocationLock)
        {
            _slots[slot.Index] = null;
            _freeIndexes.Push(slot.Index);
        }
    }

    /// <summary>Main thread: registers a worker and replays every live slot onto it, oldest first.</summary>
    internal void RegisterWorker(Dispatcher worker, bool replay)
    {
        if (_isShutdown)
        {
            return;
        }

        _registeredWorkers.Add(worker);
        if (!replay)
        {
            return;
        }

        SlotBase[] live;
        lock (_allocationLock)
        {
            live = _slots.Where(s => s is { IsAlive: true, Initializer: not null }).Select(s => s!).OrderBy(s => s.AllocationOrder).ToArray();
        }

        foreach (SlotBase slot in live)
        {
            PostApply(worker, slot, slot.Initializer!, slot.InitializerOwnsValues);
        }
    }

    /// <summary>Main thread: no slot may be set or run from now on; disposal becomes a no-op.</summary>
    internal void ShutdownGlobalThreading()
    {
        lock (_allocationLock)
        {
            _isShutdown = true;
        }
    }

    /// <summary>On each thread at shutdown: frees its values in reverse allocation order, so early slots outlive later ones built on them.</summary>
    internal static void ShutdownThread()
    {
        ThreadSlots? slots = ThreadSlots.Current;
        if (slots is null)
        {
            return;
        }

        SlotEntry[] entries = slots.Entries;
        int[] order = Enumerable.Range(0, entries.Length)
            .Where(i => entries[i].Owner is SlotBase)
            .OrderByDescending(i => ((SlotBase)entries[i].Owner!).AllocationOrder)
            .ToArray();
        foreach (int index in order)
        {
            SlotEntry entry = entries[index];
            entries[index] = default;
            ((SlotBase)entry.Owner!).OnCurrentThreadValueChanged(null);
            Free(entry, replacement: null);
        }

        ThreadSlots.Uninstall();
    }

    internal static void Free(SlotEntry entry, object? replacement)
    {
        if (entry.OwnsValue && entry.Value is IDisposable disposable && !ReferenceEquals(entry.Value, replacement))
        {
            disposable.Dispose();
        }
    }

    /// <summary>A replay on a late worker. A throwing initializer leaves that worker without a value: counted, and reported to the pool's handler.</summary>
    private static void PostApply(Dispatcher worker, SlotBase slot, Func<Dispatcher, object?> initializer, bool ownsValues) =>
        worker.TryPost(
            static s =>
            {
                try
                {
                    s.Slot.ApplyOnCurrentThread(ThreadSlots.Current!, s.Initializer, s.Owns);
                }
                catch (Exception)
                {
                    s.Slot.Registry.CountCallbackFailure();
                    throw;
                }
            },
            (Slot: slot, Initializer: initializer, Owns: ownsValues));

    private static void NullOut(ThreadSlots slots, SlotBase slot)
    {
        if (slot.Index >= slots.Entries.Length)
        {
            return;
        }

        ref SlotEntry entry = ref slots.Entries[slot.Index];
        if (!ReferenceEquals(entry.Owner, slot))
        {
            return;
        }

        SlotEntry previous = entry;
        entry = default;
        slot.OnCurrentThreadValueChanged(null);
        Free(previous, replacement: null);
    }
}

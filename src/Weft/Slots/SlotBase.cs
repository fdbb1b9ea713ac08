using System;
using System.Threading;
using Weft.Threading;

namespace Weft.Slots;

/// <summary>The registry's untyped view of a slot: its index, liveness and the initializer replayed on late workers.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public abstract class SlotBase
{
    private volatile bool _alive = true;

    private protected SlotBase(SlotRegistry registry, int index, long allocationOrder)
    {
        Registry = registry;
        Index = index;
        AllocationOrder = allocationOrder;
    }

    /// <summary>The slot's index in every thread's entry table; reused after disposal (last freed, first reused).</summary>
    internal int Index { get; }

    /// <summary>True once the slot was disposed (callbacks still queued for it are skipped).</summary>
    internal bool IsDisposed => !_alive;

    internal SlotRegistry Registry { get; }

    internal long AllocationOrder { get; }

    internal bool IsAlive => _alive;

    /// <summary>Main thread only: what builds a thread's value, kept to replay on workers registered later.</summary>
    internal Func<Dispatcher, object?>? Initializer { get; set; }

    internal bool InitializerOwnsValues { get; set; }

    internal void MarkDead() => _alive = false;

    /// <summary>On the entry's own thread: stores a value built by <paramref name="initializer"/>, freeing the one it replaces.</summary>
    internal void ApplyOnCurrentThread(ThreadSlots slots, Func<Dispatcher, object?> initializer, bool ownsValue)
    {
        if (!_alive)
        {
            return;
        }

        object? value = initializer(slots.Dispatcher);
        ref SlotEntry entry = ref slots.EntryFor(Index);
        SlotEntry previous = entry;
        entry.Owner = this;
        entry.Value = value;
        entry.OwnsValue = ownsValue;
        OnCurrentThreadValueChanged(value);
        if (ReferenceEquals(previous.Owner, this))
        {
            SlotRegistry.Free(previous, value);
        }
    }

    /// <summary>On the thread whose entry changed: keeps a generated <c>[ThreadStatic]</c> field in step.</summary>
    internal virtual void OnCurrentThreadValueChanged(object? value)
    {
    }
}

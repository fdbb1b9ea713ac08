using System;
using Weft.Threading;

namespace Weft.Slots;

/// <summary>One thread's slot entries, indexed by slot. Touched only by its own thread.</summary>
internal sealed class ThreadSlots
{
    [ThreadStatic]
    private static ThreadSlots? t_current;

    public ThreadSlots(SlotRegistry registry, Dispatcher dispatcher)
    {
        Registry = registry;
        Dispatcher = dispatcher;
    }

    public static ThreadSlots? Current => t_current;

    public SlotRegistry Registry { get; }

    public Dispatcher Dispatcher { get; }

    public SlotEntry[] Entries { get; private set; } = new SlotEntry[8];

    public static void Install(ThreadSlots slots) => t_current = slots;

    public static void Uninstall() => t_current = null;

    public ref SlotEntry EntryFor(int index)
    {
        if (index >= Entries.Length)
        {
            var grown = new SlotEntry[Math.Max(index + 1, Entries.Length * 2)];
            Entries.AsSpan().CopyTo(grown);
            Entries = grown;
        }

        return ref Entries[index];
    }
}

/// <summary>A thread's value for one slot and the slot it belongs to (so a reused index never reads a stale value).</summary>
internal struct SlotEntry
{
    public object? Owner;
    public object? Value;
    public bool OwnsValue;
}

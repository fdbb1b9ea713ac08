using System;
using Weft.Threading;

namespace Weft.Slots;

/// <summary>
/// <c>Set</c> and <c>Publish</c>: each thread stores the value the initializer builds there. When the initializer
/// throws on main the change is abandoned (no worker is sent it, late workers keep replaying the previous one);
/// when it throws on a worker, that worker keeps its previous value.
/// </summary>
internal readonly struct SetStep(SlotBase slot, Func<Dispatcher, object?> initializer, bool ownsValues, string verb) : IFanOutStep
{
    public bool IsMoot => !slot.IsAlive;

    public bool AbandonWhenMainThrows => true;

    public string Describe() => $"{verb} on {slot}";

    public void Run(ThreadSlots slots) => slot.ApplyOnCurrentThread(slots, initializer, ownsValues);

    /// <summary>Only an initializer that succeeded on main is replayed on workers registered later.</summary>
    public void OnMainSucceeded()
    {
        slot.Initializer = initializer;
        slot.InitializerOwnsValues = ownsValues;
    }
}

/// <summary>
/// <c>RunOnAllThreads</c>: each thread runs the update on its own value. A thread without a value skips it, and so
/// does every thread once the slot is disposed; a throw on one thread does not stop the others.
/// </summary>
internal readonly struct UpdateStep<T, TState>(Slot<T> slot, Action<T, TState> update, TState state) : IFanOutStep
    where T : class
{
    public bool IsMoot => false;

    public bool AbandonWhenMainThrows => false;

    public string Describe() => $"RunOnAllThreads on {slot}";

    public void Run(ThreadSlots slots)
    {
        if (slot.IsAlive && slot.TryGetOn(slots, out T? value))
        {
            update(value, state);
        }
    }

    public void OnMainSucceeded()
    {
    }
}

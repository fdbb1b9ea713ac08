// Chat broker wiring: startup keeps the slot factories in a record so tests can swap them; the presence factory
// returns the table built once above it, so every worker shares one HashSet. Reading taken: the docs do not say
// whether the factory is reported where the lambda is written or where it is handed to Set, so both lines carry
// #escape. Twin: the factory builds a new table per call.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PresenceWiringRecord;

public sealed class PresenceSet
{
    private readonly HashSet<string> _online = new();

    public PresenceSet(int capacity) => _online.EnsureCapacity(capacity);

    public bool Join(string user) => _online.Add(user);

    public bool Leave(string user) => _online.Remove(user);
}

public sealed record SlotWiring(Func<Dispatcher, PresenceSet> Presence);

public sealed class BrokerStartup
{
    public static SlotWiring DefaultWiring(int capacity)
    {
        var table = new PresenceSet(capacity);
        return new SlotWiring(_ => table); // expect: WEFT0008 #escape
    }

    public static Slot<PresenceSet> Wire(WorkerPool pool, SlotWiring wiring)
    {
        Slot<PresenceSet> slot = pool.AllocateSlot<PresenceSet>();
        slot.Set(wiring.Presence); // expect: WEFT0008 #escape
        return slot;
    }
}

public static class PresenceRules
{
    public const int DefaultCapacity = 1024;

    public static int Capacity(int expectedUsers) => System.Math.Max(DefaultCapacity, expectedUsers * 2);
}

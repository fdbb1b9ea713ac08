// Quiet twin of PresenceWiringRecord: the wired factory builds a new PresenceSet for each worker.
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
        return new SlotWiring(_ => new PresenceSet(capacity));
    }

    public static Slot<PresenceSet> Wire(WorkerPool pool, SlotWiring wiring)
    {
        Slot<PresenceSet> slot = pool.AllocateSlot<PresenceSet>();
        slot.Set(wiring.Presence);
        return slot;
    }
}

public static class PresenceRules
{
    public const int DefaultCapacity = 1024;

    public static int Capacity(int expectedUsers) => System.Math.Max(DefaultCapacity, expectedUsers * 2);
}

// Quiet twin of PositionalRecordWiring: the factory makes a new table on every thread.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.R17.PerWorkerCallbacks.PositionalRecordWiring;

public sealed class PresenceTable
{
    public Dictionary<string, DateTime> LastSeen { get; } = new();
}

public sealed record SlotWiring(Func<Dispatcher, PresenceTable> Presence);

public static class Setup
{
    public static SlotWiring Build()
    {
        return new SlotWiring(_ => new PresenceTable());
    }

    public static void Apply(Slot<PresenceTable> slot, SlotWiring wiring) => slot.Set(wiring.Presence);
}

// WEFT0008: a factory lambda kept in a positional record's delegate property, made in one method and handed to Slot<T>.Set
// in another (on a parameter). Page: "a delegate member that only construction sets — a record's positional property ...
// given a lambda wherever an instance is made ... and read and handed over in another (slot.Set(wiring.Presence) on a
// parameter): a factory returning a captured instance is reported at what it returns in the lambda (_ => table)".
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
        var table = new PresenceTable();
        return new SlotWiring(_ => table); // expect: WEFT0008
    }

    public static void Apply(Slot<PresenceTable> slot, SlotWiring wiring) => slot.Set(wiring.Presence);
}

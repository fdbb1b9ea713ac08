// Quiet twin of TupleStateHoldsList: the tuple holds a string and an int, copied whole (no object reference to share).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.TupleStateHoldsListQuiet;

public sealed class Routing
{
    public readonly Dictionary<string, int> Weights = new();
}

public static class Admin
{
    public static Task Reweigh(Slot<Routing> slot, string cluster, List<string> members) =>
        slot.RunOnAllThreadsAsync((routing, change) => routing.Weights[change.Item1] = change.Item2, (cluster, members.Count));
}

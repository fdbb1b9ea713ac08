// WEFT0007: the [Published] state of RunOnAllThreadsAsync<TState> is a tuple `(string, List<string>)`; the struct is
// copied per call but the List in it is one object reaching every thread. Reading: a value tuple holding a mutable object
// is a mutable argument (as WEFT0004's page says such a struct carries the objects it holds).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.TupleStateHoldsList;

public sealed class Routing
{
    public readonly Dictionary<string, int> Weights = new();
}

public static class Admin
{
    public static Task Reweigh(Slot<Routing> slot, string cluster, List<string> members) =>
        slot.RunOnAllThreadsAsync((routing, change) => routing.Weights[change.Item1] = change.Item2.Count, (cluster, members)); // expect: WEFT0007
}

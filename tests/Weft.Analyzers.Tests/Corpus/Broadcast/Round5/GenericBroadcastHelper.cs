// WEFT0007: a generic helper passes its T argument as the [Published] state of RunOnAllThreadsAsync<TState>; the caller
// instantiates it with a List<string>. Reading: reported at the caller (where the mutable type is known) or in the helper
// (#escape).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.GenericBroadcastHelper;

public sealed class Seen
{
    public int Count;
}

public static class Broadcasts
{
    public static Task Send<T>(Slot<Seen> slot, T payload) =>
        slot.RunOnAllThreadsAsync((seen, _) => seen.Count++, payload); // expect: WEFT0007 #escape

    public static Task Ping(Slot<Seen> slot, string[] hosts) => Send(slot, hosts.ToList()); // expect: WEFT0007 #escape
}

// Quiet twin of GenericBroadcastHelper: the same generic helper instantiated with a string.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.GenericBroadcastHelperQuiet;

public sealed class Seen
{
    public int Count;
}

public static class Broadcasts
{
    public static Task Send<T>(Slot<Seen> slot, T payload) =>
        slot.RunOnAllThreadsAsync((seen, _) => seen.Count++, payload);

    public static Task Ping(Slot<Seen> slot, string[] hosts) => Send(slot, string.Join(",", hosts));
}

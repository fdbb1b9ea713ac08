// A generic service class Broadcaster<T> whose Send passes its T to RunOnAllThreadsAsync's [Published] state; used
// with a List<string>. #escape: at the caller's Send (where T is known) or inside.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Broadcast.Round10.GenericBroadcasterClass;

public sealed class Counter
{
    public int Seen;
}

public sealed class Broadcaster<T>
{
    private readonly Slot<Counter> _slot;

    public Broadcaster(Slot<Counter> slot) => _slot = slot;

    public Task Send(T value) => _slot.RunOnAllThreadsAsync((c, v) => c.Seen++, value); // expect: WEFT0007 #escape
}

public static class Announce
{
    public static Task Run(Slot<Counter> slot, string[] hosts) =>
        new Broadcaster<List<string>>(slot).Send(hosts.ToList()); // expect: WEFT0007 #escape
}

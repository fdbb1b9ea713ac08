// A generic service class Broadcaster<T> whose Send passes its T to RunOnAllThreadsAsync's [Published] state; used
// with an ImmutableArray<string>. #escape: at the caller's Send (where T is known) or inside.
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

namespace Corpus.Broadcast.Round10.GenericBroadcasterClassQuiet;

public sealed class Counter
{
    public int Seen;
}

public sealed class Broadcaster<T>
{
    private readonly Slot<Counter> _slot;

    public Broadcaster(Slot<Counter> slot) => _slot = slot;

    public Task Send(T value) => _slot.RunOnAllThreadsAsync((c, v) => c.Seen++, value);
}

public static class Announce
{
    public static Task Run(Slot<Counter> slot, string[] hosts) =>
        new Broadcaster<ImmutableArray<string>>(slot).Send(hosts.ToImmutableArray());
}

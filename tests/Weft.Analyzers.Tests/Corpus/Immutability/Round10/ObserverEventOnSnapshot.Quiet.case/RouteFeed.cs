// The snapshot slot type, built on main and published whole.
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

namespace Corpus.Immutability.Round10.ObserverEventOnSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class RouteFeed
{
    public string Prefix { get; init; } = "/";

    public ImmutableArray<Action<string>> RouteSeen { get; init; } = ImmutableArray<Action<string>>.Empty;

    public static RouteFeed Create(RouteObserver observer) =>
        new RouteFeed { RouteSeen = ImmutableArray.Create<Action<string>>(observer.OnRoute) };
}

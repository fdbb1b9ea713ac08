// Observers of a snapshot: the
// snapshot carries an immutable array of delegates, fixed when it is built (delegates are accepted).
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

public sealed class RouteObserver
{
    public RouteObserver(string name) => Name = name;

    public string Name { get; }

    public void OnRoute(string route) => Console.WriteLine(Name + route);
}

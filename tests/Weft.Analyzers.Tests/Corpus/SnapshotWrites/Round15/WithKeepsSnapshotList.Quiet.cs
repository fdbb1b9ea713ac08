// Round 15, WEFT0003 quiet twin: the `with` copy gets a new list ([.. current.Routes]) before the route is appended.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.WithKeepsSnapshotListQuiet;

[ThreadLocalSlot]
public sealed partial record RouteSet(
    int Version,
    List<string> Routes); // expect: WEFT0001

public static class AddRouteHandler
{
    public static RouteSet Next(string route)
    {
        var current = RouteSet.Current;
        var next = current with { Version = current.Version + 1, Routes = [.. current.Routes] };
        next.Routes.Add(route);
        return next;
    }
}

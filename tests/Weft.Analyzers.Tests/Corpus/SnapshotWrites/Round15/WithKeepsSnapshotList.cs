// Round 15, WEFT0003, a short request handler: it derives the next route set from the current snapshot with `with`,
// changing only the version, and appends the new route to the copy's list, which is still the snapshot's own list (the
// page: `with` copies are new objects whose members are the snapshot's). The record's List member is reported by
// WEFT0001 in both twins.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.WithKeepsSnapshotList;

[ThreadLocalSlot]
public sealed partial record RouteSet(
    int Version,
    List<string> Routes); // expect: WEFT0001

public static class AddRouteHandler
{
    public static RouteSet Next(string route)
    {
        var current = RouteSet.Current;
        var next = current with { Version = current.Version + 1 };
        next.Routes.Add(route); // expect: WEFT0003
        return next;
    }
}

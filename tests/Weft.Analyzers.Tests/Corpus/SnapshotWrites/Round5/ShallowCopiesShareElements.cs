// WEFT0003: shallow copies of a snapshot's collection (Clone, ToList, collection-expression spread, new List<T>(x))
// are new containers holding the same element objects; writing an element through the copy writes the snapshot.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus5a.ShallowCopiesShareElements;

public sealed class Route
{
    public int Hits;
}

[ThreadLocalSlot]
public sealed partial class Table
{
    public Route[] Routes { get; init; } = new Route[0]; // expect: WEFT0001
}

public static class Worker
{
    public static void Touch()
    {
        var cloned = (Route[])Table.Current.Routes.Clone();
        cloned[0].Hits++; // expect: WEFT0003
        var listed = Table.Current.Routes.ToList();
        listed[1].Hits = 0; // expect: WEFT0003
        List<Route> spread = [.. Table.Current.Routes];
        spread[2].Hits += 5; // expect: WEFT0003
        var copied = new List<Route>(Table.Current.Routes);
        copied.Last().Hits--; // expect: WEFT0003
    }
}

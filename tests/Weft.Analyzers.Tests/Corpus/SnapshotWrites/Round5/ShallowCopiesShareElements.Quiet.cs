// Quiet twin of ShallowCopiesShareElements: the same shallow copies (Clone, ToList, spread, new List<T>(x)) of a
// snapshot's array of immutable elements; the worker replaces slots of the copies with new elements and writes the
// copies themselves, never an element.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.ShallowCopiesShareElementsQuiet;

public sealed record Route(int Hits);

[ThreadLocalSlot]
public sealed partial class Table
{
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty;
}

public static class Worker
{
    public static int Touch()
    {
        var cloned = Table.Current.Routes.ToArray();
        cloned[0] = cloned[0] with { Hits = cloned[0].Hits + 1 };
        var listed = Table.Current.Routes.ToList();
        listed[1] = new Route(0);
        List<Route> spread = [.. Table.Current.Routes];
        spread.Add(new Route(5));
        var copied = new List<Route>(Table.Current.Routes);
        copied.RemoveAt(copied.Count - 1);
        return cloned.Length + listed.Count + spread.Count + copied.Count;
    }
}

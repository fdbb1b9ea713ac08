// Quiet twin of CastBackToInterfaces: the snapshot's members are immutable collections; the worker copies them into
// fresh mutable ones (new List, ToDictionary, ToArray) and writes the copies through the same interface casts.
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.CastBackToInterfacesQuiet;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public ImmutableArray<string> Names { get; init; } = ImmutableArray<string>.Empty;
    public ImmutableDictionary<string, int> Prices { get; init; } = ImmutableDictionary<string, int>.Empty;
    public ImmutableArray<int> Codes { get; init; } = ImmutableArray<int>.Empty;
}

public static class Worker
{
    public static int Touch()
    {
        var catalog = Catalog.Current;
        IReadOnlyList<string> names = new List<string>(catalog.Names);
        ((IList<string>)names).Add("x");
        (names as ICollection<string>)?.Clear();
        var prices = (IDictionary<string, int>)catalog.Prices.ToDictionary(p => p.Key, p => p.Value);
        prices["apple"] = 3;
        IReadOnlyList<int> codes = catalog.Codes.ToArray();
        ((IList)codes)[0] = 7;
        return names.Count + prices.Count + codes.Count;
    }
}

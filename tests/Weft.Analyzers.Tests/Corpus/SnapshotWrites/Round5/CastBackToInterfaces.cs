// WEFT0003: a snapshot exposes IReadOnlyList<T>/IReadOnlyDictionary<K,V> over mutable collections; a worker casts them
// back to IList<T>, ICollection<T>, IDictionary<K,V> and the non-generic IList, then writes through the cast.
using System.Collections;
using System.Collections.Generic;
using Weft;

namespace Corpus5a.CastBackToInterfaces;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public IReadOnlyList<string> Names { get; init; } = new List<string>(); // expect: WEFT0001
    public IReadOnlyDictionary<string, int> Prices { get; init; } = new Dictionary<string, int>(); // expect: WEFT0001
    public IReadOnlyList<int> Codes { get; init; } = new int[4]; // expect: WEFT0001
}

public static class Worker
{
    public static void Touch()
    {
        var catalog = Catalog.Current;
        ((IList<string>)catalog.Names).Add("x"); // expect: WEFT0003
        (catalog.Names as ICollection<string>)?.Clear(); // expect: WEFT0003
        var prices = (IDictionary<string, int>)catalog.Prices;
        prices["apple"] = 3; // expect: WEFT0003
        ((IList)catalog.Codes)[0] = 7; // expect: WEFT0003
    }
}

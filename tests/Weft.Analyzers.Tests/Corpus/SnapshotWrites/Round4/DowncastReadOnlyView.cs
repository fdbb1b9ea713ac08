// A deny list exposes read-only interfaces, and worker code downcasts them back to the concrete collections (a type
// pattern, a cast) to "just add one entry". The object behind the view is the snapshot's (WEFT0003). The read-only
// views are themselves WEFT0001 ("a read-only view ... someone can still hold the list behind it").
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.DowncastReadOnlyView;

[ThreadLocalSlot]
public sealed partial class DenyList
{
    public IReadOnlyList<string> Cidrs { get; init; } = Array.Empty<string>(); // expect: WEFT0001
    public IReadOnlyDictionary<string, int> Limits { get; init; } = new Dictionary<string, int>(); // expect: WEFT0001
}

public static class DenyListPatch
{
    public static void Block(string cidr, string tenant)
    {
        if (DenyList.Current.Cidrs is List<string> list)
        {
            list.Add(cidr); // expect: WEFT0003
        }

        var limits = (Dictionary<string, int>)DenyList.Current.Limits;
        limits[tenant] = 0; // expect: WEFT0003
        if (DenyList.Current.Cidrs is string[] array && array.Length > 0)
        {
            array[0] = cidr; // expect: WEFT0003
        }
    }
}

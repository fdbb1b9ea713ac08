// Round 2. The snapshot type's own indexer hands out one of its lists; the caller appends to it.
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.Round2.Indexer;

[ThreadLocalSlot]
public sealed partial class Zones
{
    private readonly Dictionary<string, List<string>> _byZone = new(); // expect: WEFT0001

    public List<string> this[string zone] => _byZone[zone];
}

public static class Placement
{
    public static void Place(string zone, string host)
    {
        Zones.Current[zone].Add(host); // expect: WEFT0003
    }
}

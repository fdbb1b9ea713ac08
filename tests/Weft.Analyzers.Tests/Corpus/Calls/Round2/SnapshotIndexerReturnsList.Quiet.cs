// Round 2. The indexer hands out an immutable array; the caller builds its own list from it.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Calls.Round2.Indexer;

[ThreadLocalSlot]
public sealed partial class Zones
{
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _byZone = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    public ImmutableArray<string> this[string zone] => _byZone[zone];
}

public static class Placement
{
    public static List<string> Place(string zone, string host)
    {
        var hosts = new List<string>(Zones.Current[zone]);
        hosts.Add(host);
        return hosts;
    }
}

// The quiet twin: the pair carries a copy of the list.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.KeyValuePairCarriesListQuiet;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public string Region { get; init; } = "";

    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public static class Pairs
{
    public static KeyValuePair<string, List<string>> Entry() => KeyValuePair.Create(Catalog.Current.Region, new List<string>(Catalog.Current.Hosts));

    public static void Extend(string host)
    {
        var entry = Entry();
        entry.Value.Add(host);
    }
}

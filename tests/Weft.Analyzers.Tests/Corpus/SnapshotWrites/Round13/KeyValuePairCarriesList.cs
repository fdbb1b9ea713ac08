// A KeyValuePair made from the snapshot's list carries the list itself as its Value; the write through the pair's
// Value is a write to the snapshot.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.KeyValuePairCarriesList;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public string Region { get; init; } = "";

    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public static class Pairs
{
    public static KeyValuePair<string, List<string>> Entry() => KeyValuePair.Create(Catalog.Current.Region, Catalog.Current.Hosts);

    public static void Extend(string host)
    {
        var entry = Entry();
        entry.Value.Add(host); // expect: WEFT0003
    }
}

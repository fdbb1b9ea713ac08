// WEFT0008: in one RunOnAllThreads callback, writes to the instance it is handed (its own, quiet: page "The callback's
// own values are its business") and to a captured HashSet (reported), in a different order than one might expect: the
// captured write comes first through an indexer-free Add, the own writes through a property and an indexer.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.R17.PerWorkerCallbacks.OwnInstanceVsCaptured;

public sealed class Catalog
{
    public Dictionary<string, int> Versions { get; } = new();
    public string Etag { get; set; } = "";
}

public static class Refresh
{
    public static HashSet<string> Bump(Slot<Catalog> slot, string key, string etag)
    {
        var stale = new HashSet<string>();
        slot.RunOnAllThreads(c =>
        {
            stale.Add(c.Etag); // expect: WEFT0008
            c.Versions[key] = c.Versions.GetValueOrDefault(key) + 1;
            c.Etag = etag;
        });
        return stale;
    }
}

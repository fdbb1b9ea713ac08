// Quiet twin of OwnInstanceVsCaptured: the stale etags go into a ConcurrentBag (a concurrent collection).
using System.Collections.Concurrent;
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
    public static ConcurrentBag<string> Bump(Slot<Catalog> slot, string key, string etag)
    {
        var stale = new ConcurrentBag<string>();
        slot.RunOnAllThreads(c =>
        {
            stale.Add(c.Etag);
            c.Versions[key] = c.Versions.GetValueOrDefault(key) + 1;
            c.Etag = etag;
        });
        return stale;
    }
}

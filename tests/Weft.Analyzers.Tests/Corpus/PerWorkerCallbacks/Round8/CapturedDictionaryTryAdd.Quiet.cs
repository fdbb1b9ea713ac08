// Twin: a ConcurrentDictionary held through an IDictionary local (quiet by the page).
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.R8.CapturedDictionaryTryAddQuiet;

public sealed class RouteCache
{
    public int Version;
}

public static class Versions
{
    public static IDictionary<int, int> Collect(Slot<RouteCache> slot)
    {
        IDictionary<int, int> seen = new ConcurrentDictionary<int, int>();
        slot.RunOnAllThreads(c => seen[c.Version] = 1);
        return seen;
    }
}

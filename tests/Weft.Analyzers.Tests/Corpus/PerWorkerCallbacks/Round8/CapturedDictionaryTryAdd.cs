// WEFT0008: TryAdd into a captured Dictionary from RunOnAllThreads.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.R8.CapturedDictionaryTryAdd;

public sealed class RouteCache
{
    public int Version;
}

public static class Versions
{
    public static Dictionary<int, int> Collect(Slot<RouteCache> slot)
    {
        var seen = new Dictionary<int, int>();
        slot.RunOnAllThreads(c => seen.TryAdd(c.Version, 1)); // expect: WEFT0008
        return seen;
    }
}

// Twin: the initializer is a ConcurrentDictionary (quiet by the page).
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.StaticWrites.R8.InterfaceTypedStaticMapQuiet;

public sealed class Route
{
    public string Name = "";
}

public static class RouteHits
{
    private static readonly IDictionary<string, int> s_firstSeen = new ConcurrentDictionary<string, int>();

    public static void Register(Slot<Route> slot, int worker) =>
        slot.RunOnAllThreads(route => s_firstSeen[route.Name] = worker);
}

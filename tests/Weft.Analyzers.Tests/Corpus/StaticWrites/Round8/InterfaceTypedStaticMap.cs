// WEFT0006: a static IDictionary initialized with a Dictionary, written from RunOnAllThreads.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.StaticWrites.R8.InterfaceTypedStaticMap;

public sealed class Route
{
    public string Name = "";
}

public static class RouteHits
{
    private static readonly IDictionary<string, int> s_firstSeen = new Dictionary<string, int>();

    public static void Register(Slot<Route> slot, int worker) =>
        slot.RunOnAllThreads(route => s_firstSeen[route.Name] = worker); // expect: WEFT0006
}

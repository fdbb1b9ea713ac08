// Quiet twin of ForEachLambdaElements: the elements are written before the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Route { public int Hits; }

public static class ForEachLambdaElements
{
    public static void Run(Slot<List<Route>> slot)
    {
        var routes = new List<Route> { new Route() };
        routes.ForEach(r => r.Hits++);
        slot.Publish(routes);
    }
}

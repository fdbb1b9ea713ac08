// WEFT0002: `List<T>.ForEach` with a lambda writing each element: the lambda's parameter is the published list's
// elements, so the increment after the publish is reported. Reading taken: reported at the write in the lambda body.
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
        slot.Publish(routes);
        routes.ForEach(r => r.Hits++); // expect: WEFT0002
    }
}

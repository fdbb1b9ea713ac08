// WEFT0005: a Lazy<RouteTable> whose factory reads Current is first forced inside Task.Run, so the factory runs on a
// pool thread. Reading: reported in the factory or where the Lazy is forced off the loop (#escape).
using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.LazyCurrentForcedInTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Routing
{
    public static Task<int> CountLater()
    {
        var table = new Lazy<RouteTable>(() => RouteTable.Current); // expect: WEFT0005 #escape
        return Task.Run(() => table.Value.Routes.Length); // expect: WEFT0005 #escape
    }
}

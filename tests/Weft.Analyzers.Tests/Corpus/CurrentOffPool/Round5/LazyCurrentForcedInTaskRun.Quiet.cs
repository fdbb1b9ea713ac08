// Quiet twin of LazyCurrentForcedInTaskRun: the Lazy is forced on the worker first; Task.Run reads the value it cached
// (a snapshot may be read on any thread).
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

namespace Corpus5b.LazyCurrentForcedInTaskRunQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Routing
{
    public static Task<int> CountLater()
    {
        var table = new Lazy<RouteTable>(() => RouteTable.Current);
        RouteTable forced = table.Value;
        return Task.Run(() => forced.Routes.Length);
    }
}

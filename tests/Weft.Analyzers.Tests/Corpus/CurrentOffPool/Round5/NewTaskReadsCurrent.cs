// WEFT0005: `new Task(..)` reading Current, started with `Start()` (TaskScheduler.Current: the pool from a worker's
// posted callback). Reading as in ThreadContext/Round5/NewTaskStarted: reported in the body or at Start (#escape).
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.NewTaskReadsCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Lookup
{
    public static Task<int> CountLater()
    {
        var task = new Task<int>(() => RouteTable.Current.Routes.Length); // expect: WEFT0005 #escape
        task.Start(); // expect: WEFT0005 #escape
        return task;
    }
}

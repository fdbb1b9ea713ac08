// WEFT0005: a continuation that reads Current. It is scheduled on TaskScheduler.Default: the pool.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ContinueWithLoopSchedulerOrDefault;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Follow
{
    public static Task After()
    {
        var loop = Dispatcher.Current!.TaskScheduler;
        return Task.Delay(5).ContinueWith(_ => Console.WriteLine(RouteTable.Current.Version), TaskScheduler.Default); // expect: WEFT0005
    }
}

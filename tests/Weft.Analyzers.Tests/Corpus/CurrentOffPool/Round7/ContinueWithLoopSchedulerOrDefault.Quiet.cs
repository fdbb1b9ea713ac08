// WEFT0005: a continuation that reads Current. It is scheduled on the worker's own TaskScheduler (kept in a local):
// it runs on the loop: quiet.
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

namespace Corpus7b.ContinueWithLoopSchedulerOrDefaultQuiet;

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
        return Task.Delay(5).ContinueWith(_ => Console.WriteLine(RouteTable.Current.Version), loop);
    }
}

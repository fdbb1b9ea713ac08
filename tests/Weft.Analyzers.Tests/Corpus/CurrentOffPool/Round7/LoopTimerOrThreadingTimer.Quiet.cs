// WEFT0005: a periodic read of the snapshot from a timer. The timer is the loop's own (`Dispatcher.CreateTimer`, its
// callback [RunsOnOwningLoop]): quiet.
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

namespace Corpus7b.LoopTimerOrThreadingTimerQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Ticker
{
    public static IDisposable Start()
    {
        var timer = Dispatcher.Current!.CreateTimer(() => Use(RouteTable.Current));
        timer.Enable(TimeSpan.FromSeconds(1));
        return timer;
    }

    private static void Use(RouteTable table) => Console.WriteLine(table.Version);
}

// WEFT0005: a periodic read of the snapshot from a timer. A System.Threading.Timer: its callback runs on a pool thread.
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

namespace Corpus7b.LoopTimerOrThreadingTimer;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Ticker
{
    public static IDisposable Start()
    {
        return new Timer(_ => Use(RouteTable.Current), null, 1000, Timeout.Infinite); // expect: WEFT0005
    }

    private static void Use(RouteTable table) => Console.WriteLine(table.Version);
}

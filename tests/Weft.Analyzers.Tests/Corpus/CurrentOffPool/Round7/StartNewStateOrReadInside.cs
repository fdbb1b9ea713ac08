// WEFT0005: a snapshot handed to Task.Factory.StartNew. The static lambda reads `RouteTable.Current` itself, on the pool thread.
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

namespace Corpus7b.StartNewStateOrReadInside;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Offload
{
    public static Task Run()
    {
        return Task.Factory.StartNew(static _ => Use(RouteTable.Current), null); // expect: WEFT0005
    }

    private static void Use(RouteTable table) => Console.WriteLine(table.Version);
}

// WEFT0005: Parallel.For over the snapshot. Current is read once on the worker and the body uses the local (a snapshot
// may be read on any thread): quiet.
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

namespace Corpus7b.ParallelOverLocalOrCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Fanout
{
    public static void Run(int n)
    {
        var routes = RouteTable.Current;
        Parallel.For(0, n, i => Console.WriteLine(routes.Version + i));
    }
}

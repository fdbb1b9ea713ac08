// WEFT0005: Parallel.For over the snapshot. The body reads Current on the Parallel threads.
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

namespace Corpus7b.ParallelOverLocalOrCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Fanout
{
    public static void Run(int n)
    {
        Parallel.For(0, n, i => Console.WriteLine(RouteTable.Current.Version + i)); // expect: WEFT0005
    }
}

// WEFT0005: reading a snapshot's Current in a callback that runs elsewhere. Reading taken: a post to another worker
// runs on a pool loop thread (`Post` is [RunsOnOwningLoop], not in the page's list of places), where a snapshot's
// Current has a value (the same shared snapshot): quiet.
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

namespace Corpus7b.PostToOtherWorkerOrThreadPoolQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Broadcaster
{
    public static void Tell(WorkerPool pool)
    {
        pool.Workers[1].Post(() => Use(RouteTable.Current));
    }

    private static void Use(RouteTable table) => Console.WriteLine(table.Version);
}

// WEFT0005: reading a snapshot's Current in a callback that runs elsewhere. Queued to the thread pool: no pool loop there, the getter
// throws.
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

namespace Corpus7b.PostToOtherWorkerOrThreadPool;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Broadcaster
{
    public static void Tell(WorkerPool pool)
    {
        ThreadPool.QueueUserWorkItem(_ => Use(RouteTable.Current)); // expect: WEFT0005
    }

    private static void Use(RouteTable table) => Console.WriteLine(table.Version);
}

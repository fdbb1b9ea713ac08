// WEFT0005: a callback posted to a worker (on the loop: fine) starts a Task.Run inside it, and that inner body reads
// Current on a pool thread.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.TaskRunInsidePostedCallback;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Fanout
{
    public static void Probe(Dispatcher worker) =>
        worker.Post(() =>
        {
            int here = RouteTable.Current.Routes.Length;
            _ = Task.Run(() => Console.WriteLine(here + RouteTable.Current.Routes.Length)); // expect: WEFT0005
        });
}

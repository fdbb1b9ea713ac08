// Quiet twin of TaskRunInsidePostedCallback: the inner Task.Run only uses the value read on the worker.
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

namespace Corpus5b.TaskRunInsidePostedCallbackQuiet;

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
            _ = Task.Run(() => Console.WriteLine(here * 2));
        });
}

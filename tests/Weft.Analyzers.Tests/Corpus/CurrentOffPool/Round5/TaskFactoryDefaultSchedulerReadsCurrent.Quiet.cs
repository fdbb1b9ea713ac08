// Quiet twin of TaskFactoryDefaultSchedulerReadsCurrent: the factory is built over the worker's own scheduler.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.TaskFactoryDefaultSchedulerReadsCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Lookup
{
    public static Task<int> CountLater()
    {
        var onThisWorker = new TaskFactory(Dispatcher.Current!.TaskScheduler);
        return onThisWorker.StartNew(() => RouteTable.Current.Routes.Length);
    }
}

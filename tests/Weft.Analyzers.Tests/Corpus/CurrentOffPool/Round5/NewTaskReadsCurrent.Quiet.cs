// Quiet twin of NewTaskReadsCurrent: the task runs synchronously on the calling worker (RunSynchronously).
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.NewTaskReadsCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Lookup
{
    public static Task<int> CountLater()
    {
        var task = new Task<int>(() => RouteTable.Current.Routes.Length);
        task.RunSynchronously();
        return task;
    }
}

// Quiet twin of WorkItemExecuteReadsCurrent: the routes are read on the worker and the work item carries the count.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.WorkItemExecuteReadsCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public sealed class CountRoutes(int count) : IThreadPoolWorkItem
{
    public void Execute() => Console.WriteLine(count);
}

public static class Background
{
    public static void Queue() => ThreadPool.UnsafeQueueUserWorkItem(new CountRoutes(RouteTable.Current.Routes.Length), preferLocal: false);
}

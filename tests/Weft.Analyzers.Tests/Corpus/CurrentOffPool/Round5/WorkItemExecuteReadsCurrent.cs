// WEFT0005: an IThreadPoolWorkItem queued with UnsafeQueueUserWorkItem reads RouteTable.Current in Execute, on a pool
// thread. Reading: the page does not say whether the read is reported in Execute or where the item is queued (#escape).
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.WorkItemExecuteReadsCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public sealed class CountRoutes : IThreadPoolWorkItem
{
    public void Execute() => Console.WriteLine(RouteTable.Current.Routes.Length); // expect: WEFT0005 #escape
}

public static class Background
{
    public static void Queue() => ThreadPool.UnsafeQueueUserWorkItem(new CountRoutes(), preferLocal: false); // expect: WEFT0005 #escape
}

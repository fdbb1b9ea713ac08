// WEFT0005: a TaskFactory built over TaskScheduler.Default starts a read of Current on the pool.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.TaskFactoryDefaultSchedulerReadsCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Lookup
{
    private static readonly TaskFactory s_background = new(TaskScheduler.Default);

    public static Task<int> CountLater() => s_background.StartNew(() => RouteTable.Current.Routes.Length); // expect: WEFT0005
}

// Quiet twin of HelperFuncToTaskRun: the helper's delegate is invoked on the worker, not handed to the pool.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using System.Runtime.CompilerServices;
using Weft;
using Weft.Threading;

namespace Corpus5b.HelperFuncToTaskRunQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Readers
{
    private static Func<int> RouteCounter() => () => RouteTable.Current.Routes.Length;

    public static Task<int> CountInBackground()
    {
        int count = RouteCounter()();
        return Task.Run(() => count * 2);
    }
}

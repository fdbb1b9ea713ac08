// WEFT0005: `StatsStore.Flush` ([RequiresLoopThread], main only) called after `await .. ConfigureAwait(false)`.
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

namespace Corpus5b.StatsFlushAfterConfigureAwaitFalse;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Admin
{
    public static async Task ReportAsync(WorkerPool pool, Task settled)
    {
        await settled.ConfigureAwait(false);
        pool.Stats.Flush(snapshot => Console.WriteLine(snapshot)); // expect: WEFT0005 "Flush"
    }
}

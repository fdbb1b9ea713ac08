// Quiet twin of PeriodicTimerDoWhile: the same do-while with a plain await in the condition stays on the worker.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.PeriodicTimerDoWhileQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Ticker
{
    public static async Task RunAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        do
        {
            Console.WriteLine(RouteTable.Current.Routes.Length);
        }
        while (await timer.WaitForNextTickAsync(ct));
    }
}

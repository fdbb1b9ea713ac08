// WEFT0005: a do-while over `PeriodicTimer.WaitForNextTickAsync().ConfigureAwait(false)`: the first pass runs on the
// worker, every later pass after the condition's await, off the loop. The read at the top of the body is reported.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.PeriodicTimerDoWhile;

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
            Console.WriteLine(RouteTable.Current.Routes.Length); // expect: WEFT0005
        }
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false));
    }
}

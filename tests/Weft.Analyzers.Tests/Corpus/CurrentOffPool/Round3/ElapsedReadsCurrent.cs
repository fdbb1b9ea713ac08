// Round 3. A System.Timers.Timer Elapsed handler reads Current on a thread-pool thread.
using System.Collections.Immutable;
using System.Timers;
using Weft;

namespace Corpus.CurrentOffPool.Round3.ElapsedReadsCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Poller
{
    public static Timer Start()
    {
        var timer = new Timer(500);
        timer.Elapsed += (_, _) => System.Console.WriteLine(RouteTable.Current.Hosts.Length); // expect: WEFT0005 "RouteTable"
        timer.Start();
        return timer;
    }
}

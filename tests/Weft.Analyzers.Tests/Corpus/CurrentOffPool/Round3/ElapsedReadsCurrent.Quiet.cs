// Round 3. The Elapsed handler prints a snapshot read on the worker beforehand.
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
        var table = RouteTable.Current;
        var timer = new Timer(500);
        timer.Elapsed += (_, _) => System.Console.WriteLine(table.Hosts.Length);
        timer.Start();
        return timer;
    }
}

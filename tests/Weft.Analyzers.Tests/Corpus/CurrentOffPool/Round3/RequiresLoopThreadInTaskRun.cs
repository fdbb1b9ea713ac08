// Round 3. A user member marked [RequiresLoopThread] (it reads Current) is called inside Task.Run. Reading taken: the attribute's doc says such a call off a loop thread is WEFT0005; the WEFT0005 page names only Current/TryGetCurrent, so the report may land on the call or on the read inside the member.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Round3.RequiresLoopThreadInTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Routing
{
    [RequiresLoopThread]
    public static int HostCount() => RouteTable.Current.Hosts.Length; // expect: WEFT0005 #escape

    public static Task<int> CountAsync() => Task.Run(HostCount); // expect: WEFT0005 #escape
}

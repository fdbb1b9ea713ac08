// Round 3. A method group handed to Task.Run: the method reads Current on a thread-pool thread. The docs do not say
// whether the report lands on the read or on the hand-over, so either.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Round3.MethodGroupToTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public sealed class Reporter
{
    public Task<int> CountLaterAsync() => Task.Run(CountHosts); // expect: WEFT0005 #escape

    private static int CountHosts() => RouteTable.Current.Hosts.Length; // expect: WEFT0005 #escape
}

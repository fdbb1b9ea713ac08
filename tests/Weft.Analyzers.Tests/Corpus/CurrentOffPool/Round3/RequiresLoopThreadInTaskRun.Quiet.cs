// Round 3. The [RequiresLoopThread] member is called on the worker; only its result goes to Task.Run.
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
    public static int HostCount() => RouteTable.Current.Hosts.Length;

    public static Task<int> CountAsync()
    {
        int count = HostCount();
        return Task.Run(() => count * 2);
    }
}

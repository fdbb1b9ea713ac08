// Round 3. The wrapper property is read on the worker and its value captured.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Round3.PropertyWrapperInTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Routes
{
    private static ImmutableArray<string> Hosts => RouteTable.Current.Hosts;

    public static Task<int> CountAsync()
    {
        var hosts = Hosts;
        return Task.Run(() => hosts.Length);
    }
}

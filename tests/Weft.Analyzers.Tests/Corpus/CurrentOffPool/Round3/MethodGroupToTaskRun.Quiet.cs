// Round 3. The same method group posted to the calling worker's own dispatcher: it runs on the worker.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.CurrentOffPool.Round3.MethodGroupToTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public sealed class Reporter
{
    public Task<int> CountLaterAsync() => Dispatcher.Current!.InvokeAsync(CountHosts);

    private static int CountHosts() => RouteTable.Current.Hosts.Length;
}

// Round 3. The snapshot is read on the calling worker and passed as the work item's state.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.CurrentOffPool.Round3.UnsafeQueueStaticLambda;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Audit
{
    public static void Log(string prefix) =>
        ThreadPool.UnsafeQueueUserWorkItem(static t => System.Console.WriteLine(t.Hosts.Length), RouteTable.Current, preferLocal: false);
}

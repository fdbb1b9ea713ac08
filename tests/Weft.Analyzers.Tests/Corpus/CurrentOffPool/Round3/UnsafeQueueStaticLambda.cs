// Round 3. A static lambda queued with ThreadPool.UnsafeQueueUserWorkItem reads Current on a pool thread.
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
        ThreadPool.UnsafeQueueUserWorkItem(static p => System.Console.WriteLine(p + RouteTable.Current.Hosts.Length), prefix, preferLocal: false); // expect: WEFT0005 "RouteTable"
}

// Twin: an ImmutableArray built by the same collection expression.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.CollectionExpressionArrayQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private readonly Dictionary<string, string> _names = new();

    [WorkerUpdate] public void Forget(ImmutableArray<string> hosts) { foreach (var h in hosts) _names.Remove(h); }
}

public static class Ops
{
    public static Task ForgetAsync(WorkerPool pool, string a, string b)
    {
        ImmutableArray<string> hosts = [a, b];
        return DnsCache.ForgetOnAllWorkersAsync(pool, hosts);
    }
}

// WEFT0007: a string[] built by a collection expression is broadcast.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.CollectionExpressionArray;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private readonly Dictionary<string, string> _names = new();

    [WorkerUpdate] public void Forget(string[] hosts) { foreach (var h in hosts) _names.Remove(h); }
}

public static class Ops
{
    public static Task ForgetAsync(WorkerPool pool, string a, string b)
    {
        string[] hosts = [a, b];
        return DnsCache.ForgetOnAllWorkersAsync(pool, hosts); // expect: WEFT0007
    }
}

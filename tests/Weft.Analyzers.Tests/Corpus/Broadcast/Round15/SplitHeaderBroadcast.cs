// Round 15, WEFT0007, a short request handler: the admin endpoint broadcasts the trusted-proxy list it splits from a
// header. The one detail: it passes the string[] that Split returns, one writable array for every worker.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.SplitHeaderBroadcast;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ProxyTrust
{
    private readonly HashSet<string> _trusted = new(StringComparer.OrdinalIgnoreCase);

    [WorkerUpdate]
    public void Trust(IReadOnlyList<string> proxies) => _trusted.UnionWith(proxies);
}

public sealed class TrustHandler(WorkerPool pool)
{
    public Task HandleAsync(string header)
    {
        var proxies = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return ProxyTrust.TrustOnAllWorkersAsync(pool, proxies); // expect: WEFT0007
    }
}

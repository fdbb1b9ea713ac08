// Round 15, WEFT0007 quiet twin: the split entries go into an ImmutableArray<string> (a collection expression spread).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.SplitHeaderBroadcastQuiet;

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
        ImmutableArray<string> proxies = [.. header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        return ProxyTrust.TrustOnAllWorkersAsync(pool, proxies);
    }
}

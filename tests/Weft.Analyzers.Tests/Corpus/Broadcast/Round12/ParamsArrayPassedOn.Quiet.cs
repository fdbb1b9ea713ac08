// C# 13 `params ReadOnlySpan<string>` helper copying the span into an ImmutableArray for the broadcast.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.ParamsArrayPassedOnQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Denylist
{
    private readonly HashSet<string> _hosts = [];

    [WorkerUpdate]
    public void Block(IReadOnlyList<string> hosts) => _hosts.UnionWith(hosts);
}

public static class Admin
{
    public static Task Block(WorkerPool pool, params ReadOnlySpan<string> hosts) =>
        Denylist.BlockOnAllWorkersAsync(pool, ImmutableArray.Create(hosts));
}

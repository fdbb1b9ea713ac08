// Quiet twin of ReadOnlyInterfaceOverList: the IReadOnlyList<string> local holds an ImmutableArray.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.ReadOnlyInterfaceOverListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private IReadOnlyList<string> _order = Array.Empty<string>();

    [WorkerUpdate]
    private void Reorder(IReadOnlyList<string> order) => _order = order;
}

public static class Admin
{
    public static async Task Reorder(WorkerPool pool, string[] hosts)
    {
        IReadOnlyList<string> view = hosts.ToImmutableArray();
        await HostCache.ReorderOnAllWorkersAsync(pool, view);
    }
}

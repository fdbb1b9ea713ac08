// WEFT0007: a local typed IReadOnlyList<string> holds a List<string> the caller keeps adding to; the read-only interface
// does not make the object immutable. The later Add is a write after publish through the alias (WEFT0002, marked too).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.ReadOnlyInterfaceOverList;

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
        var order = new List<string>(hosts);
        IReadOnlyList<string> view = order;
        await HostCache.ReorderOnAllWorkersAsync(pool, view); // expect: WEFT0007
        order.Add("fallback.example"); // expect: WEFT0002
    }
}

// WEFT0007: an interface-typed local assigned once from a List (judged by its value) broadcast through the
// callback form.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.Broadcast.R8.ObjectLocalHoldsList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Blocklist
{
    private readonly HashSet<string> _blocked = new();

    [WorkerUpdate] public void Replace(IReadOnlyCollection<string> hosts) { _blocked.Clear(); _blocked.UnionWith(hosts); }
}

public static class Admin
{
    public static void Replace(WorkerPool pool, IEnumerable<string> source)
    {
        IReadOnlyCollection<string> hosts = source.Distinct().ToList();
        Blocklist.ReplaceOnAllWorkers(pool, hosts, () => { }); // expect: WEFT0007
    }
}

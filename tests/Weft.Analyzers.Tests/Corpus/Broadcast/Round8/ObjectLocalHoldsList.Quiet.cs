// Twin: the local holds an ImmutableHashSet.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Broadcast.R8.ObjectLocalHoldsListQuiet;

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
        IReadOnlyCollection<string> hosts = source.ToImmutableHashSet();
        Blocklist.ReplaceOnAllWorkers(pool, hosts, () => { });
    }
}

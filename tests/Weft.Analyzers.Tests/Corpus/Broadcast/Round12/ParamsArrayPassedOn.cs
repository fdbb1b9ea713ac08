// A `params string[]` helper passing its array on to a broadcast: the caller may still hold (and change) the array.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.ParamsArrayPassedOn;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Denylist
{
    private readonly HashSet<string> _hosts = [];

    [WorkerUpdate]
    public void Block(IReadOnlyList<string> hosts) => _hosts.UnionWith(hosts);
}

public static class Admin
{
    public static Task Block(WorkerPool pool, params string[] hosts) =>
        Denylist.BlockOnAllWorkersAsync(pool, hosts); // expect: WEFT0007
}

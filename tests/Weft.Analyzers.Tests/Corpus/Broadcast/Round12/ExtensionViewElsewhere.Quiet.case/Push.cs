using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.ExtensionViewElsewhereQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Upstreams
{
    private readonly HashSet<string> _hosts = [];

    [WorkerUpdate]
    public void Replace(IReadOnlyList<string> hosts)
    {
        _hosts.Clear();
        _hosts.UnionWith(hosts);
    }
}

public static class Push
{
    public static Task Send(WorkerPool pool, Registry registry) =>
        Upstreams.ReplaceOnAllWorkersAsync(pool, registry.Snapshot);
}

// Round 15, WEFT0007 quiet twin: the registry's Snapshot() hands back an immutable copy of its hosts.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.DeconstructedHelperTupleQuiet;

public sealed class UpstreamRegistry
{
    private readonly List<string> _hosts = [];
    private string _name = "default";

    public void Replace(string name, IEnumerable<string> hosts)
    {
        _name = name;
        _hosts.Clear();
        _hosts.AddRange(hosts);
    }

    public (string Name, IReadOnlyList<string> Hosts) Snapshot() => (_name, _hosts.ToImmutableArray());
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Upstreams
{
    private readonly Dictionary<string, string[]> _byName = [];

    [WorkerUpdate]
    public void Set(string name, IReadOnlyList<string> hosts) => _byName[name] = [.. hosts];
}

public sealed class SyncHandler(WorkerPool pool, UpstreamRegistry registry)
{
    public Task SyncAsync()
    {
        var (name, hosts) = registry.Snapshot();
        return Upstreams.SetOnAllWorkersAsync(pool, name, hosts);
    }
}

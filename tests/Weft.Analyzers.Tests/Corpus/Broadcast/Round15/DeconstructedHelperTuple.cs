// Round 15, WEFT0007 through a tuple a helper returns: the registry's Snapshot() returns (Name, Hosts) with Hosts typed
// IReadOnlyList<string>; the handler deconstructs it and broadcasts Hosts. The helper hands back its own List behind
// the interface. Reading taken: the page judges "a value a helper of yours returns" by its returns; an element of a
// returned tuple, deconstructed into a local, is taken the same way.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.DeconstructedHelperTuple;

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

    public (string Name, IReadOnlyList<string> Hosts) Snapshot() => (_name, _hosts);
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
        return Upstreams.SetOnAllWorkersAsync(pool, name, hosts); // expect: WEFT0007
    }
}

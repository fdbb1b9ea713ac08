// A maintenance broadcaster with a primary constructor keeps the drain list it was given and hands it to every worker
// through a generated poster: the parameter is a List<string> (WEFT0007 at the argument).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R16.PrimaryCtorBroadcaster;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DrainState
{
    private readonly HashSet<string> _draining = new();

    [WorkerUpdate]
    private void Drain(IReadOnlyList<string> hosts) => _draining.UnionWith(hosts);
}

public sealed class MaintenanceWindow(WorkerPool pool, List<string> hosts)
{
    public int Count => hosts.Count;

    public Task BeginAsync() => DrainState.DrainOnAllWorkersAsync(pool, hosts); // expect: WEFT0007
}

// Twin: a tuple of a string and an ImmutableArray.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.TupleWithListArgumentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    private readonly Dictionary<string, List<int>> _ports = new();

    [WorkerUpdate] public void Retarget((string Host, ImmutableArray<int> Ports) target) => _ports[target.Host] = new List<int>(target.Ports);
}

public static class Ops
{
    public static Task RetargetAsync(WorkerPool pool, string host, List<int> ports) =>
        ConnectionPool.RetargetOnAllWorkersAsync(pool, (host, ports.ToImmutableArray()));
}

// WEFT0007: a tuple parameter whose second item is a List.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.TupleWithListArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    private readonly Dictionary<string, List<int>> _ports = new();

    [WorkerUpdate] public void Retarget((string Host, List<int> Ports) target) => _ports[target.Host] = new List<int>(target.Ports);
}

public static class Ops
{
    public static Task RetargetAsync(WorkerPool pool, string host, List<int> ports) =>
        ConnectionPool.RetargetOnAllWorkersAsync(pool, (host, ports)); // expect: WEFT0007
}

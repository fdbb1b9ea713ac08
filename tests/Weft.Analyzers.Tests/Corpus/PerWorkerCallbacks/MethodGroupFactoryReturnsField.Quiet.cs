// A method-group factory that builds a router per worker.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.MethodGroupFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Router
{
    public Dictionary<string, int> Hits { get; } = new();
}

public sealed class RouterSetup
{
    private static Router Create(Dispatcher dispatcher) => new();

    public void Initialize(WorkerPool pool) => Router.Initialize(pool, Create);
}

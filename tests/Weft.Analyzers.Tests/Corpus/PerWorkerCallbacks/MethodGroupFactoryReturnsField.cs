// Report place: the method the group names, or the Initialize call that hands it over (group marker).
// A method-group factory that hands every worker the same template instance.
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
    private readonly Router _template = new();

    private Router Create(Dispatcher dispatcher) => _template; // expect: WEFT0008 #shared

    public void Initialize(WorkerPool pool) => Router.Initialize(pool, Create); // expect: WEFT0008 #shared
}

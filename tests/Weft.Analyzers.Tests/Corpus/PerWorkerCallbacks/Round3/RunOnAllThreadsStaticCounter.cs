// Round 3. A RunOnAllThreads update increments a static counter on every thread at once. Reading taken: the update is worker code touching a static field (WEFT0006) and a callback run on every thread mutating a field (WEFT0008); the docs describe both, so both are expected.
// Decided (lead, WEFT0006/WEFT0008 docs): a static field changed from an every-thread callback is WEFT0006 only; WEFT0008 is for captured state.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.RunOnAllThreadsStaticCounter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Census
{
    private static int s_visited;

    public static void Visit(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<ConnectionCache>();
        slot.RunOnAllThreads(_ => s_visited++); // expect: WEFT0006
    }
}

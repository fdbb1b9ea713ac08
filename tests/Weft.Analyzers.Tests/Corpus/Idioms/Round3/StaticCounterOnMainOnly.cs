// Round 3. The same increment moved into the per-worker factory, which runs on every worker at once. Reading taken (as in PerWorkerCallbacks/Round3/RunOnAllThreadsStaticCounter): a factory is worker code touching a static field (WEFT0006) and a callback run on every thread incrementing a field (WEFT0008), so both are expected.
// Decided (lead, WEFT0006/WEFT0008 docs): a static field changed from an every-thread callback is WEFT0006 only; WEFT0008 is for captured state.
using System.Collections.Generic;
using Weft;

namespace Corpus.Idioms.Round3.StaticCounterOnMainOnly;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Startup
{
    private static int s_starts;

    public static void Configure(WorkerPool pool)
    {
        ConnectionCache.Initialize(pool, _ => { s_starts++; return new ConnectionCache(); }); // expect: WEFT0006
    }
}

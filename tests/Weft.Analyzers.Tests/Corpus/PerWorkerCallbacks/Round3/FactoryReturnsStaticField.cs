// Round 3. The factory returns an instance held in a static field: every worker gets the same object. Reading taken: the docs say 'a captured local or field'; a static field read by the lambda counts as captured.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.FactoryReturnsStaticField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Setup
{
    private static readonly ConnectionCache s_default = new();

    public static void Run(WorkerPool pool) => ConnectionCache.Initialize(pool, _ => s_default); // expect: WEFT0008
}

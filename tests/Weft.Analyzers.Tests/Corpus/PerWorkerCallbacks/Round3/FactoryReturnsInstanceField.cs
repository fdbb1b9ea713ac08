// Round 3. An instance method installs a factory that returns the object's own field: one instance for every worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.FactoryReturnsInstanceField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class Installer
{
    private readonly ConnectionCache _shared = new();

    public void Install(WorkerPool pool) => ConnectionCache.Initialize(pool, _ => _shared); // expect: WEFT0008
}

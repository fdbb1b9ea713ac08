// Round 3. A delegate stored in a local builds a new cache on each call; the factory returns what it builds.
using System.Collections.Generic;
using System;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.FactoryReturnsLazyValue;

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
    public static void Run(WorkerPool pool)
    {
        Func<ConnectionCache> create = () => new ConnectionCache();
        ConnectionCache.Initialize(pool, _ => create());
    }
}

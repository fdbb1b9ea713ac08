// Round 3. The factory returns a Lazy<T>'s value: built once, then the same object for every worker.
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
        var lazy = new Lazy<ConnectionCache>(() => new ConnectionCache());
        ConnectionCache.Initialize(pool, _ => lazy.Value); // expect: WEFT0008
    }
}

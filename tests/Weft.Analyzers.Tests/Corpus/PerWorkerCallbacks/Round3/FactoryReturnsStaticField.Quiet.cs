// Round 3. The static field holds a factory delegate; the per-worker factory calls it, getting a new cache each time.
using System.Collections.Generic;
using System;
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
    private static readonly Func<ConnectionCache> s_create = () => new ConnectionCache();

    public static void Run(WorkerPool pool) => ConnectionCache.Initialize(pool, _ => s_create());
}

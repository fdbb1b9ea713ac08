// Round 3. The holder exposes a factory method; each call builds a new cache.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.FactoryReturnsHolderProperty;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class Defaults
{
    public ConnectionCache NewCache() => new();
}

public static class Setup
{
    public static void Run(WorkerPool pool, Defaults defaults) =>
        ConnectionCache.Initialize(pool, _ => defaults.NewCache());
}

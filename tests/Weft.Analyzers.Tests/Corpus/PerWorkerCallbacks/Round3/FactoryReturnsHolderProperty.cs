// Round 3. The factory returns an instance reached through a captured holder's property: still one shared object.
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
    public ConnectionCache Cache { get; } = new();
}

public static class Setup
{
    public static void Run(WorkerPool pool, Defaults defaults) =>
        ConnectionCache.Initialize(pool, _ => defaults.Cache); // expect: WEFT0008
}

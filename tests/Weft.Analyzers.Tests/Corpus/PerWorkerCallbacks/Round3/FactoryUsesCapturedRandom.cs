// Round 3. The per-worker factory draws from one captured Random: Random is not thread-safe and the factory runs on every worker at once.
using System.Collections.Generic;
using System;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.FactoryUsesCapturedRandom;

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
        var rng = new Random(42);
        ConnectionCache.Initialize(pool, _ =>
        {
            int seed = rng.Next(); // expect: WEFT0008
            var cache = new ConnectionCache();
            cache.ByHost["seed"] = seed;
            return cache;
        });
    }
}

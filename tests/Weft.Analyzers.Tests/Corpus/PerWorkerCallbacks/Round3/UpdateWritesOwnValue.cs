// Round 3. The update writes a dictionary captured from the caller instead of the worker's own one.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.UpdateWritesOwnValue;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Warmup
{
    public static Task SeedAsync(WorkerPool pool, string host, Dictionary<string, int> seeded) =>
        ConnectionCache.UpdateAllAsync(pool, cache =>
        {
            seeded[host] = cache.Count; // expect: WEFT0008
            cache.ByHost.TryAdd(host + ":tls", 0);
        });
}

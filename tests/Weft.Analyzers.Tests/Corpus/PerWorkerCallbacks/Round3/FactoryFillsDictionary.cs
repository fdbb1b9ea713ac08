// Round 3. The factory records each worker's cache in a captured Dictionary: every worker writes it at once.
using System.Collections.Generic;
using Weft.Threading;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.FactoryFillsDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Registry
{
    public static Dictionary<string, ConnectionCache> Install(WorkerPool pool)
    {
        var byWorker = new Dictionary<string, ConnectionCache>();
        ConnectionCache.Initialize(pool, d =>
        {
            var cache = new ConnectionCache();
            byWorker[d.Name] = cache; // expect: WEFT0008
            return cache;
        });
        return byWorker;
    }
}

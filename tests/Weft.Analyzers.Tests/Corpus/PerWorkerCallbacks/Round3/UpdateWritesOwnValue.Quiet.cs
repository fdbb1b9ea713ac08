// Round 3. The update writes only into the instance it is given (the worker's own cache): through its dictionary's indexer and its Add. That is what UpdateAll is for: quiet.
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
    public static Task SeedAsync(WorkerPool pool, string host) =>
        ConnectionCache.UpdateAllAsync(pool, cache =>
        {
            cache.ByHost[host] = 0;
            cache.ByHost.TryAdd(host + ":tls", 0);
        });
}

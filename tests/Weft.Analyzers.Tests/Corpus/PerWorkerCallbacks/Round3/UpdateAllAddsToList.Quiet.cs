// Round 3. A ConcurrentBag collects the counts: a concurrent collection is safe to share.
using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.UpdateAllAddsToList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Census
{
    public static async Task<int> CountAsync(WorkerPool pool)
    {
        var counts = new ConcurrentBag<int>();
        await ConnectionCache.UpdateAllAsync(pool, c => counts.Add(c.Count));
        return counts.Count;
    }
}

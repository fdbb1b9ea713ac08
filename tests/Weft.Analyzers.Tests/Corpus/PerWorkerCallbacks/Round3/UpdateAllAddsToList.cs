// Round 3. Every worker adds its count to one captured List<int> at once.
using System.Collections.Generic;
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
        var counts = new List<int>();
        await ConnectionCache.UpdateAllAsync(pool, c => counts.Add(c.Count)); // expect: WEFT0008
        return counts.Count;
    }
}

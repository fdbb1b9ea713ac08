// Round 3. The captured total is updated under a lock: quiet.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.UpdateAllUnderLock;

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
    public static async Task<long> TotalAsync(WorkerPool pool)
    {
        var gate = new object();
        long total = 0;
        await ConnectionCache.UpdateAllAsync(pool, c =>
        {
            lock (gate)
            {
                total += c.Count;
            }
        });
        return total;
    }
}

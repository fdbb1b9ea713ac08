// Round 3. The lock is taken around the read only; the increment of the captured total is outside it.
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
            int n;
            lock (gate)
            {
                n = c.Count;
            }

            total += n; // expect: WEFT0008
        });
        return total;
    }
}

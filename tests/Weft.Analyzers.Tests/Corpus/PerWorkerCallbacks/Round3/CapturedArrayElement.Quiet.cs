// Round 3. The array element is added to with Interlocked.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.CapturedArrayElement;

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
        var totals = new long[1];
        await ConnectionCache.UpdateAllAsync(pool, c => Interlocked.Add(ref totals[0], c.Count));
        return totals[0];
    }
}

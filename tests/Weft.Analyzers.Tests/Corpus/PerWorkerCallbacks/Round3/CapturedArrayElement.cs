// Round 3. Every worker adds into element 0 of a captured array. Reading taken: writing an element of a captured array mutates the captured local's object.
using System.Collections.Generic;
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
        await ConnectionCache.UpdateAllAsync(pool, c => totals[0] += c.Count); // expect: WEFT0008
        return totals[0];
    }
}

// WEFT0008: UpdateAllAsync is given an instance method group; the method adds to the reporter's own field, so the
// callback run on every thread mutates an instance field of the caller. #escape: the page does not say whether the
// report sits on the method group handed over or on the write inside the method.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.InstanceMethodGroupUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    public Dictionary<string, int> OpenByHost { get; } = new();
}

public sealed class CacheReporter
{
    long _open;

    public async Task<long> CountAsync(WorkerPool pool)
    {
        _open = 0;
        await ConnectionCache.UpdateAllAsync(pool, AddOpen); // expect: WEFT0008 #escape
        return _open;
    }

    void AddOpen(ConnectionCache cache)
    {
        foreach (var n in cache.OpenByHost.Values) _open += n; // expect: WEFT0008 #escape
    }
}

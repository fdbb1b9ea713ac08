// Quiet twin of InstanceMethodGroupUpdate: the method adds with Interlocked.Add (page: Interlocked stays quiet).
using System.Collections.Generic;
using System.Threading;
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
        Interlocked.Exchange(ref _open, 0);
        await ConnectionCache.UpdateAllAsync(pool, AddOpen);
        return Interlocked.Read(ref _open);
    }

    void AddOpen(ConnectionCache cache)
    {
        long sum = 0;
        foreach (var n in cache.OpenByHost.Values) sum += n;
        Interlocked.Add(ref _open, sum);
    }
}

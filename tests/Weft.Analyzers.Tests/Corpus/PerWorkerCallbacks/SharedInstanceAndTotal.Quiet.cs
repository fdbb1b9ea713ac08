using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.SharedInstance;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public int Count => _byHost.Count;
}

public static class Setup
{
    public static async Task<long> RunAsync(WorkerPool pool)
    {
        ConnectionCache.Initialize(pool, _ => new ConnectionCache());
        long total = 0;
        await ConnectionCache.UpdateAllAsync(pool, c => Interlocked.Add(ref total, c.Count));
        return Interlocked.Read(ref total);
    }
}

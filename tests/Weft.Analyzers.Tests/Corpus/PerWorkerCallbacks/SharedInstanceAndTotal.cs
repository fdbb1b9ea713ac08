// The rule page's two shapes: a factory that returns one captured instance and an update that adds into a local.
using System.Collections.Generic;
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
        var cache = new ConnectionCache();
        ConnectionCache.Initialize(pool, _ => cache); // expect: WEFT0008
        long total = 0;
        await ConnectionCache.UpdateAllAsync(pool, c => total += c.Count); // expect: WEFT0008
        return total;
    }
}

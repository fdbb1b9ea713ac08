// WEFT0008: the same update also swaps a captured local's value (an assignment to captured state).
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.WithCopyHandedIsDefect;

public sealed record PoolOptions(int MaxIdle, int MaxActive);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public PoolOptions Options { get; set; } = new(4, 16);
}

public static class Tuning
{
    public static async Task<PoolOptions> ApplyAsync(WorkerPool pool, PoolOptions defaults)
    {
        var last = defaults;
        await ConnectionPool.UpdateAllAsync(pool, p => p.Options = last = last with { MaxIdle = p.Options.MaxIdle + 1 }); // expect: WEFT0008
        return last;
    }
}

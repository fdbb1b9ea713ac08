// Quiet: the update reads a captured record and builds a `with` copy per worker; nothing captured is written, and
// the instance handed to the update is its own business.
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.WithCopyHandedIsQuiet;

public sealed record PoolOptions(int MaxIdle, int MaxActive);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public PoolOptions Options { get; set; } = new(4, 16);
}

public static class Tuning
{
    public static Task ApplyAsync(WorkerPool pool, PoolOptions defaults) =>
        ConnectionPool.UpdateAllAsync(pool, p => p.Options = defaults with { MaxIdle = p.Options.MaxIdle + 1 });
}

// Twin: the maximum is kept with a compare-exchange loop.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.InstanceFieldLastWorkerQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FlagCache
{
    public readonly Dictionary<string, bool> Flags = new();
}

public sealed class FlagService(WorkerPool pool)
{
    private int _largest;

    public Task ScanAsync() => FlagCache.UpdateAllAsync(pool, c =>
    {
        int seen;
        while (c.Flags.Count > (seen = Volatile.Read(ref _largest)))
        {
            if (Interlocked.CompareExchange(ref _largest, c.Flags.Count, seen) == seen)
            {
                break;
            }
        }
    });
}

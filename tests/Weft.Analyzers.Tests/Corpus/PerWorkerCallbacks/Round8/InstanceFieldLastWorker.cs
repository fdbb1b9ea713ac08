// WEFT0008: an update run on every worker assigns an instance field of the enclosing service.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.InstanceFieldLastWorker;

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
        if (c.Flags.Count > _largest)
        {
            _largest = c.Flags.Count; // expect: WEFT0008
        }
    });
}

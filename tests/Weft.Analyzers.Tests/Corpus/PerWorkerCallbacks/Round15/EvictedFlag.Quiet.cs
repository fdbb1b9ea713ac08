// Round 15, WEFT0008 quiet twin: the workers count their evictions with Interlocked.Increment.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.EvictedFlagQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PageCache
{
    private readonly Dictionary<string, string> _pages = [];

    public bool Evict(string key) => _pages.Remove(key);
}

public sealed class PurgeHandler(WorkerPool pool)
{
    public async Task<bool> PurgeAsync(string key)
    {
        int evicted = 0;
        await PageCache.UpdateAllAsync(pool, c =>
        {
            if (c.Evict(key))
            {
                Interlocked.Increment(ref evicted);
            }
        });
        return evicted > 0;
    }
}

// Round 15, WEFT0008, a short request handler: the purge endpoint evicts a key on every worker and answers whether any
// worker held it. The one detail: every worker assigns one captured bool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.EvictedFlag;

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
        bool any = false;
        await PageCache.UpdateAllAsync(pool, c =>
        {
            if (c.Evict(key))
            {
                any = true; // expect: WEFT0008
            }
        });
        return any;
    }
}

// WEFT0008: "concurrent collections (also through a local of an interface type that holds one) ... stay quiet". The
// same IDictionary local over a plain Dictionary is captured state changed from every worker at once.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R9.InterfaceLocalDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Upstreams
{
    public Dictionary<string, int> Active { get; } = new();
}

public static class Census
{
    public static async Task<int> CountAsync(WorkerPool pool)
    {
        IDictionary<string, int> seen = new Dictionary<string, int>();
        await Upstreams.UpdateAllAsync(pool, upstreams =>
        {
            foreach (string name in upstreams.Active.Keys)
            {
                seen[name] = 1; // expect: WEFT0008
            }
        });
        return seen.Count;
    }
}

// WEFT0008: the callback calls a generic helper of the user's with a captured list, which the helper changes. Page: "a
// helper method it calls with the captured state that changes it (h => MergeInto(merged, h.ByRoute) ...: reported at the
// call in the callback)".
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.GenericAddAllHelper;

public static class Collections
{
    public static void AddAll<T>(ICollection<T> into, IEnumerable<T> from)
    {
        foreach (var item in from) into.Add(item);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Peers
{
    public List<string> Names { get; } = new();

    public static async Task<List<string>> AllAsync(WorkerPool pool)
    {
        var all = new List<string>();
        await UpdateAllAsync(pool, p => Collections.AddAll(all, p.Names)); // expect: WEFT0008
        return all;
    }
}

// Quiet twin of GenericAddAllHelper: the call runs under a lock inside the callback.
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
        await UpdateAllAsync(pool, p =>
        {
            lock (all)
            {
                Collections.AddAll(all, p.Names);
            }
        });
        return all;
    }
}

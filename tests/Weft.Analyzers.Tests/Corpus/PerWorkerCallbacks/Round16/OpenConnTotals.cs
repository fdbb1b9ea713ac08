// Short handler: the admin page sums open connections across workers with UpdateAllAsync, adding into a captured
// local from every worker at once (WEFT0008).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R16.OpenConnTotals;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnGauge
{
    public Dictionary<string, int> OpenByListener { get; } = new();
}

public static class AdminPage
{
    public static async Task<long> TotalOpenAsync(WorkerPool pool)
    {
        long total = 0;
        await ConnGauge.UpdateAllAsync(pool, g =>
        {
            foreach (var open in g.OpenByListener.Values)
                total += open; // expect: WEFT0008
        });
        return total;
    }
}

// Quiet twin of LocalFunctionIndexer: the local function writes a ConcurrentDictionary with AddOrUpdate.
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.LocalFunctionIndexer;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Usage
{
    public string Tenant = "";
    public long Bytes;

    public static async Task<ConcurrentDictionary<string, long>> ByTenantAsync(WorkerPool pool)
    {
        var totals = new ConcurrentDictionary<string, long>();

        void Accumulate(string tenant, long bytes)
        {
            totals.AddOrUpdate(tenant, bytes, (_, old) => old + bytes);
        }

        await UpdateAllAsync(pool, u => Accumulate(u.Tenant, u.Bytes));
        return totals;
    }
}

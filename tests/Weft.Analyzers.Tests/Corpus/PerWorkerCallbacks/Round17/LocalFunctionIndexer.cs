// WEFT0008: the callback calls a local function that writes a captured Dictionary by indexer. Page: "in a local function
// or lambda it runs in place (usage => Accumulate(usage.Bytes) where Accumulate adds to a captured dictionary: reported
// at the write in the local function)".
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.LocalFunctionIndexer;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Usage
{
    public string Tenant = "";
    public long Bytes;

    public static async Task<Dictionary<string, long>> ByTenantAsync(WorkerPool pool)
    {
        var totals = new Dictionary<string, long>();

        void Accumulate(string tenant, long bytes)
        {
            totals[tenant] = totals.GetValueOrDefault(tenant) + bytes; // expect: WEFT0008
        }

        await UpdateAllAsync(pool, u => Accumulate(u.Tenant, u.Bytes));
        return totals;
    }
}

// WEFT0008, narrowing TenantQuotaService: like LocalFunctionInUpdate, but the local function writes a captured
// Dictionary through its indexer and is called from a foreach over deconstructed entries. #escape as there.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R9.LocalFunctionIndexerInUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Usage
{
    public Dictionary<string, long> Bytes { get; } = new();
}

public static class UsageReport
{
    public static async Task<IDictionary<string, long>> CollectAsync(WorkerPool pool)
    {
        var used = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        await Usage.UpdateAllAsync(pool, usage =>
        {
            foreach ((string tenant, long bytes) in usage.Bytes)
            {
                Accumulate(tenant, bytes);
            }
        });
        return used;

        void Accumulate(string tenant, long bytes) => used.AddOrUpdate(tenant, bytes, (_, sum) => sum + bytes);
    }
}

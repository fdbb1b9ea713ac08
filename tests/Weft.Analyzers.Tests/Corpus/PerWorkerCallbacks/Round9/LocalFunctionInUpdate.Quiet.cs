// WEFT0008, narrowing TenantQuotaService: the update callback calls a local function that adds into a captured local.
// A local function runs where it is called (the WEFT0006 page says so for local functions), so the write runs on every
// worker at once. Where it is reported (the call or the local function's body) the page does not say: #escape.
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R9.LocalFunctionInUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pool
{
    public int Idle { get; set; }
}

public static class IdleCount
{
    public static async Task<long> TotalAsync(WorkerPool pool)
    {
        long total = 0;
        await Pool.UpdateAllAsync(pool, p => Add(p.Idle));
        return total;

        void Add(int n) => System.Threading.Interlocked.Add(ref total, n);
    }
}

// WEFT0008: the callback invokes a delegate variable whose lambda adds to a captured local. Page: "also one it invokes
// through a delegate variable, onCount(n) over Action<int> onCount = n => total += n;" — reported at the write.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.DelegateVariableInvoked;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Conns
{
    public int Open;

    public static async Task<long> CountAsync(WorkerPool pool)
    {
        long total = 0;
        Action<int> onCount = n => total += n; // expect: WEFT0008
        await UpdateAllAsync(pool, c => onCount(c.Open));
        return total;
    }
}

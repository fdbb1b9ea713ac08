// Quiet twin of DelegateVariableInvoked: the delegate adds with Interlocked.Add.
using System;
using System.Threading;
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
        Action<int> onCount = n => Interlocked.Add(ref total, n);
        await UpdateAllAsync(pool, c => onCount(c.Open));
        return total;
    }
}

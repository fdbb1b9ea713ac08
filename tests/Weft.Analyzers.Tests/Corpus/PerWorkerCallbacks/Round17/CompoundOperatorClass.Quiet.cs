// Quiet twin of CompoundOperatorClass: the operator adds with Interlocked.Add (page: "quiet when it uses Interlocked").
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.CompoundOperatorClass;

public sealed class Sum
{
    public long Value;
    public void operator +=(long x) { Interlocked.Add(ref Value, x); }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Traffic
{
    public long Requests;

    public static async Task<long> TotalAsync(WorkerPool pool)
    {
        var sum = new Sum();
        await UpdateAllAsync(pool, c => sum += c.Requests);
        return sum.Value;
    }
}

// Quiet twin of CapturedMutableStruct: Interlocked.Add on the captured struct's fields.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CapturedMutableStruct;

public struct Totals
{
    public long Requests;
    public long Errors;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerCounters
{
    public long Requests { get; set; }
    public long Errors { get; set; }
}

public static class CounterSummary
{
    public static async Task<Totals> SumAsync(WorkerPool pool)
    {
        var totals = new Totals();
        await WorkerCounters.UpdateAllAsync(pool, c =>
        {
            Interlocked.Add(ref totals.Requests, c.Requests);
            Interlocked.Add(ref totals.Errors, c.Errors);
        });
        return totals;
    }
}

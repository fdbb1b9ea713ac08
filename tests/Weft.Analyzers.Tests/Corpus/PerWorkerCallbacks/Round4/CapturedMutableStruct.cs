// WEFT0008: a captured local of a mutable struct type has its field incremented from the callback run on every
// worker (the captured local itself is assigned, field by field).
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
            totals.Requests += c.Requests; // expect: WEFT0008
            totals.Errors += c.Errors; // expect: WEFT0008
        });
        return totals;
    }
}

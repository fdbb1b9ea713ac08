using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.OperatorElsewhereQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counter
{
    public long Requests { get; set; }
}

public static class Totals
{
    public static async Task<long> Collect(WorkerPool pool)
    {
        var sum = new Sum();
        await Counter.UpdateAllAsync(pool, c => sum += c.Requests);
        return sum.Value;
    }
}

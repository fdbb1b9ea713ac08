// C# 14 user-defined compound assignment `operator +=` changing a captured accumulator in place from an update run
// on every worker. Reading taken: reported at the `+=` in the callback or inside the operator (#escape).
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.CompoundOperatorCaptured;

public sealed class Sum
{
    public long Value { get; private set; }

    public void operator +=(long amount) => Value += amount; // expect: WEFT0008 #escape
}

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
        await Counter.UpdateAllAsync(pool, c => sum += c.Requests); // expect: WEFT0008 #escape
        return sum.Value;
    }
}

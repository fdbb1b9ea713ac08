// WEFT0008: a C# 14 instance compound operator `+=` on a captured class object whose body adds non-atomically. Page: "A
// C# 14 instance compound operator on a captured object (sum += c.Requests with public void operator +=(long x)) does
// not assign the variable: it is judged by what the operator does to the object". Reading: a non-atomic body is
// reported at the `+=` in the callback (the helper-call rule: "A helper of yours that changes what it is called on
// counts as that change").
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.CompoundOperatorClass;

public sealed class Sum
{
    public long Value;
    public void operator +=(long x) { Value += x; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Traffic
{
    public long Requests;

    public static async Task<long> TotalAsync(WorkerPool pool)
    {
        var sum = new Sum();
        await UpdateAllAsync(pool, c => sum += c.Requests); // expect: WEFT0008
        return sum.Value;
    }
}

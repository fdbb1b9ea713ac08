// C# 14 user-defined compound assignment `operator +=` whose body adds with Interlocked: thread-safe in place.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.CompoundOperatorCapturedQuiet;

public sealed class Sum
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void operator +=(long amount) => Interlocked.Add(ref _value, amount);
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
        await Counter.UpdateAllAsync(pool, c => sum += c.Requests);
        return sum.Value;
    }
}

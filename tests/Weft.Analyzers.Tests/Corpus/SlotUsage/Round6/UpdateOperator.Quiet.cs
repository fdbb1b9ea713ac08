// Quiet twin of UpdateOperator: the operator without the attribute, and an instance void update.
using Weft;

namespace Corpus6a.UpdateOperator;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    public long Hits;

    public static Counters operator +(Counters a, Counters b) => new() { Hits = a.Hits + b.Hits };

    [WorkerUpdate] public void Add(long hits) => Hits += hits;
}

// WEFT0107 and WEFT0108 together: [WorkerUpdate] on a user-defined operator (static, returning a value).
using Weft;

namespace Corpus6a.UpdateOperator;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    public long Hits;

    [WorkerUpdate] public static Counters operator +(Counters a, Counters b) => new() { Hits = a.Hits + b.Hits }; // expect: WEFT0107, WEFT0108
}

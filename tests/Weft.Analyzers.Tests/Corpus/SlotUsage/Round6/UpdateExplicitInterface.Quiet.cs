// Quiet twin of UpdateExplicitInterface: the same explicit implementation with [WorkerUpdate] on a per-worker type.
// Round 6 read it as valid (no page forbade it) and served; the generator dropped it in silence (gendoc1), and WEFT0108's
// page now names an explicit interface implementation among the updates that cannot be broadcast.
using Weft;

namespace Corpus6a.UpdateExplicitInterface;

public interface IResettable
{
    void Reset();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters : IResettable
{
    private long _hits;

    [WorkerUpdate] void IResettable.Reset() => _hits = 0; // expect: WEFT0108 "Reset"
}

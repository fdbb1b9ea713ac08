// Quiet twin of UpdateOnNonSlot: the same type made a per-worker slot.
namespace Corpus6a.UpdateOnNonSlot;

[Weft.ThreadLocalSlot(Mode = Weft.SlotMode.PerWorker)]
public sealed partial class Counters
{
    private long _hits;

    [Weft.WorkerUpdateAttribute] public void Reset() => _hits = 0;
}

// Quiet twin of UpdateOnInterface: the implementing method of the per-worker slot type carries the attribute.
using Weft;

namespace Corpus6a.UpdateOnInterface;

public interface IResettable
{
    void Reset();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters : IResettable
{
    private long _hits;

    [WorkerUpdate] public void Reset() => _hits = 0;
}

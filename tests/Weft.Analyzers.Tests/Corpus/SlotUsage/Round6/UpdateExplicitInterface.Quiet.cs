// Quiet twin of UpdateExplicitInterface: the same explicit implementation with [WorkerUpdate] on a per-worker type.
// Reading: no page forbids it (void, instance, non-generic, no ref parameter), so it is valid and the generator must
// serve it.
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

    [WorkerUpdate] void IResettable.Reset() => _hits = 0;
}

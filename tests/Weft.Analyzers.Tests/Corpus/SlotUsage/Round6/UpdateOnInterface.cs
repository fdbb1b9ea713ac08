// WEFT0106: [WorkerUpdate] on an interface method (an interface is not a slot type), implemented by a per-worker
// slot type.
using Weft;

namespace Corpus6a.UpdateOnInterface;

public interface IResettable
{
    [WorkerUpdate] void Reset(); // expect: WEFT0106 "Reset"
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters : IResettable
{
    private long _hits;

    public void Reset() => _hits = 0;
}

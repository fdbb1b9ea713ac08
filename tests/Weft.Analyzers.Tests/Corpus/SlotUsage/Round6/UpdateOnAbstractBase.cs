// WEFT0106: [WorkerUpdate] on an abstract method of an unmarked base class; the per-worker slot type overrides it
// without the attribute ([WorkerUpdate] is Inherited = false). The base is not a slot type.
using Weft;

namespace Corpus6a.UpdateOnAbstractBase;

public abstract class Resettable
{
    [WorkerUpdate] public abstract void Reset(); // expect: WEFT0106 "Reset"
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters : Resettable
{
    private long _hits;

    public override void Reset() => _hits = 0;
}

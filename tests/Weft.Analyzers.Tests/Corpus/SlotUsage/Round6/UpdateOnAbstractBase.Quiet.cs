// Quiet twin of UpdateOnAbstractBase: the attribute sits on the slot type's override.
using Weft;

namespace Corpus6a.UpdateOnAbstractBase;

public abstract class Resettable
{
    public abstract void Reset();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters : Resettable
{
    private long _hits;

    [WorkerUpdate] public override void Reset() => _hits = 0;
}

// WEFT0106: a class derived from a per-worker slot type. [ThreadLocalSlot] is declared Inherited = false, so the
// derived class is not a slot type and its [WorkerUpdate] method has no per-worker slot type.
using Weft;

namespace Corpus6a.UpdateOnDerived;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Counters
{
    protected long Hits;

    [WorkerUpdate] public void Reset() => Hits = 0;
}

public sealed class LoudCounters : Counters
{
    [WorkerUpdate] public void Shout() => Hits += 100; // expect: WEFT0106 "Shout"
}

// Quiet twin of UpdateOnDerived: the derived class overrides nothing and declares no update; only the slot type
// has [WorkerUpdate] methods.
using Weft;

namespace Corpus6a.UpdateOnDerived;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Counters
{
    protected long Hits;

    [WorkerUpdate] public void Reset() => Hits = 0;

    [WorkerUpdate] public void Shout() => Hits += 100;
}

public sealed class LoudCounters : Counters
{
    public long Read() => Hits;
}

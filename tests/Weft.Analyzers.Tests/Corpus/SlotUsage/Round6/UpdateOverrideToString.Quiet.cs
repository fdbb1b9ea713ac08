// Quiet twin of UpdateOverrideToString: the ToString override carries no attribute; a void update resets the count.
using Weft;

namespace Corpus6a.UpdateOverrideToString;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    private long _hits;

    public override string ToString() => _hits.ToString();

    [WorkerUpdate] public void Reset() => _hits = 0;
}

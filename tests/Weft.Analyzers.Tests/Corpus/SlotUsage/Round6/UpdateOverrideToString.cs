// WEFT0107: [WorkerUpdate] on an override that returns a value (ToString).
using Weft;

namespace Corpus6a.UpdateOverrideToString;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    private long _hits;

    [WorkerUpdate] public override string ToString() => _hits.ToString(); // expect: WEFT0107 "ToString"
}

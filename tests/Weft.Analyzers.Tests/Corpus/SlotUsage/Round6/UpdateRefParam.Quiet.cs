// Quiet twin of UpdateRefParam: by-value parameters only.
using Weft;

namespace Corpus6a.UpdateRefParam;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Totals
{
    private long _bytes;

    [WorkerUpdate] public void Drain(string reason, long floor) { _bytes = floor; }
}

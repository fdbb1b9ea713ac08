// WEFT0108: an `out` parameter on a [WorkerUpdate] method.
using Weft;

namespace Corpus6a.UpdateOutParam;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Totals
{
    private long _bytes;

    [WorkerUpdate]
    public void Take(out long taken) // expect: WEFT0108 "Take"
    {
        taken = _bytes;
        _bytes = 0;
    }
}

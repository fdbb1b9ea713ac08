// Quiet twin of UpdateOutParam: an `in` parameter. Reading: the page lists `ref`/`out`, ref structs and pointers;
// an `in` argument is read-only, can be stored as one value and is not listed, so it is not reported.
using Weft;

namespace Corpus6a.UpdateOutParam;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Totals
{
    private long _bytes;

    [WorkerUpdate]
    public void Take(in long floor)
    {
        _bytes = floor;
    }
}

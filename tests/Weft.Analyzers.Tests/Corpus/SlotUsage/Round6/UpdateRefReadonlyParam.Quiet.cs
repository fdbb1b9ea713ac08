// Quiet twin of UpdateRefReadonlyParam: the parameter is by value.
using Weft;

namespace Corpus6a.UpdateRefReadonlyParam;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Totals
{
    private long _floor;

    [WorkerUpdate] public void Floor(long floor) => _floor = floor;
}

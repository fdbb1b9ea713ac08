// WEFT0108: a `ref readonly` parameter. Reading: it is written with `ref` and passes a reference, which cannot be
// stored as the one value that travels to every worker ("a `ref`/`out` parameter"); the quiet twin's `in` is
// decided in UpdateOutParam.Quiet.
using Weft;

namespace Corpus6a.UpdateRefReadonlyParam;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Totals
{
    private long _floor;

    [WorkerUpdate] public void Floor(ref readonly long floor) => _floor = floor; // expect: WEFT0108 "Floor"
}

// WEFT0108: a `ref` parameter on a [WorkerUpdate] method, after a by-value one.
using Weft;

namespace Corpus6a.UpdateRefParam;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Totals
{
    private long _bytes;

    [WorkerUpdate] public void Drain(string reason, ref long total) { total += _bytes; _bytes = 0; } // expect: WEFT0108 "Drain"
}

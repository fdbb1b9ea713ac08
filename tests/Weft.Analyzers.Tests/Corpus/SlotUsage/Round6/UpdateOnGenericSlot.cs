// WEFT0103 and WEFT0108 (generic method) on a generic per-worker slot type; the two rules concern different
// declarations.
using Weft;

namespace Corpus6a.UpdateOnGenericSlot;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buffers<T> // expect: WEFT0103 "Buffers"
{
    private int _count;

    [WorkerUpdate] public void Add<TItem>(TItem item) => _count++; // expect: WEFT0108 "Add"
}

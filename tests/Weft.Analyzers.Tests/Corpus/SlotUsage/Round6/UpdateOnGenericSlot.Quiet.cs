// Quiet twin of UpdateOnGenericSlot: a closed per-worker type with a non-generic update.
using Weft;

namespace Corpus6a.UpdateOnGenericSlot;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buffers
{
    private int _count;

    [WorkerUpdate] public void Add(object item) => _count++;
}

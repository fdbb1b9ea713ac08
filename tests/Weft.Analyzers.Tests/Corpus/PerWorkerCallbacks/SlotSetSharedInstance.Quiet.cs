// Slot<T>.Set with a factory that builds a buffer per thread.
using Weft;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.SlotSet;

public sealed class ScratchBuffer
{
    public byte[] Bytes { get; } = new byte[64 * 1024];
}

public static class Buffers
{
    public static Slot<ScratchBuffer> Create(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<ScratchBuffer>();
        slot.Set(dispatcher => new ScratchBuffer());
        return slot;
    }
}

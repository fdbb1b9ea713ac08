// Slot<T>.Set with a factory that ignores its dispatcher and returns the one buffer it captured.
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
        var shared = new ScratchBuffer();
        slot.Set(_ => shared); // expect: WEFT0008
        return slot;
    }
}

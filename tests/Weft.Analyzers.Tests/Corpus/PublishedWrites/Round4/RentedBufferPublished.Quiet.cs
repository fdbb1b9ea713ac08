// Quiet twin of RentedBufferPublished: the frame is assembled in a rented buffer, copied into an exact-size array
// that is published, and the rented buffer (never published) is cleared and returned.
using System;
using System.Buffers;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.RentedBufferPublishedQuiet;

public sealed class FrameEncoder
{
    private readonly Slot<byte[]> _slot;

    public FrameEncoder(WorkerPool pool) => _slot = pool.AllocateSlot<byte[]>();

    public void Publish(ReadOnlySpan<byte> payload)
    {
        byte[] rented = ArrayPool<byte>.Shared.Rent(payload.Length + 4);
        payload.CopyTo(rented.AsSpan(4));
        byte[] frame = rented.AsSpan(0, payload.Length + 4).ToArray();
        _slot.Publish(frame);
        ArrayPool<byte>.Shared.Return(rented, clearArray: true);
    }
}

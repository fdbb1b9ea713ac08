// A frame encoder publishes a buffer rented from ArrayPool and then returns it with clearArray: true, which zeroes it
// (a write: WEFT0002 "any change") and hands it to the next renter, who will overwrite it while workers still read it.
// Reading taken: the clearing Return is the reported write; a Return without clearing changes nothing at that moment
// and is left out of this file.
using System;
using System.Buffers;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.RentedBufferPublished;

public sealed class FrameEncoder
{
    private readonly Slot<byte[]> _slot;

    public FrameEncoder(WorkerPool pool) => _slot = pool.AllocateSlot<byte[]>();

    public void Publish(ReadOnlySpan<byte> payload)
    {
        byte[] rented = ArrayPool<byte>.Shared.Rent(payload.Length + 4);
        payload.CopyTo(rented.AsSpan(4));
        _slot.Publish(rented);
        ArrayPool<byte>.Shared.Return(rented, clearArray: true); // expect: WEFT0002
    }
}

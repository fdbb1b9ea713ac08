// WEFT0002: bytes assembled in an ArrayPool buffer. The rented buffer itself is published and then returned to the pool
// (the page: `ArrayPool<T>.Return` of the array is a write, the next renter writes it).
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.RentedBufferCopiedOrPublished;

public sealed class Frame(byte[] bytes)
{
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;
}

public static class Frames
{
    public static void Publish(WorkerPool pool, string text)
    {
        var slot = pool.AllocateSlot<Frame>();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(256);
        var n = Encoding.UTF8.GetBytes(text, buffer);
        slot.Publish(new Frame(buffer));
        System.Buffers.ArrayPool<byte>.Shared.Return(buffer); // expect: WEFT0002
    }
}

// WEFT0002: bytes assembled in an ArrayPool buffer. What is published is `buffer.AsSpan(0, n).ToArray()`, a copy; the
// rented buffer is returned afterwards: quiet.
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

namespace Corpus7b.RentedBufferCopiedOrPublishedQuiet;

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
        slot.Publish(new Frame(buffer.AsSpan(0, n).ToArray()));
        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    }
}

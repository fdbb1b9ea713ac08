// Quiet twin of ArrayPoolReturn: a copy is published; the rented array is returned.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class ArrayPoolReturn
{
    public static void Run(Slot<byte[]> slot)
    {
        byte[] frame = System.Buffers.ArrayPool<byte>.Shared.Rent(64);
        frame[0] = 1;
        slot.Publish(frame.AsSpan(0, 1).ToArray());
        System.Buffers.ArrayPool<byte>.Shared.Return(frame);
    }
}

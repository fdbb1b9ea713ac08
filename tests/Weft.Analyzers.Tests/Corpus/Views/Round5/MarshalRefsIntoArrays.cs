// WEFT0003 and WEFT0002: MemoryMarshal views that are not spans of the same type: GetArrayDataReference (a ref to
// element 0), Cast<int, byte> (a reinterpreting span) and AsBytes; writing through them writes the array.
using System;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.MarshalRefsIntoArrays;

[ThreadLocalSlot]
public sealed partial class Masks
{
    public int[] Bits { get; init; } = new int[4]; // expect: WEFT0001
}

public static class Code
{
    public static void OnWorker()
    {
        MemoryMarshal.GetArrayDataReference(Masks.Current.Bits) = -1; // expect: WEFT0003
        Span<byte> bytes = MemoryMarshal.Cast<int, byte>(Masks.Current.Bits.AsSpan());
        bytes[3] = 0; // expect: WEFT0003
    }

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<int[]>();
        var bits = new int[4];
        slot.Publish(bits);
        MemoryMarshal.AsBytes(bits.AsSpan()).Clear(); // expect: WEFT0002
        ref int first = ref MemoryMarshal.GetArrayDataReference(bits);
        first |= 1; // expect: WEFT0002
    }
}

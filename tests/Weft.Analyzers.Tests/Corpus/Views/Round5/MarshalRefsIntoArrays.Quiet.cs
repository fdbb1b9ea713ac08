// Quiet twin of MarshalRefsIntoArrays: the same MemoryMarshal views over a worker-local copy and, on main, over the
// array before its publish; the snapshot itself is read through a read-only byte view.
using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.MarshalRefsIntoArraysQuiet;

[ThreadLocalSlot]
public sealed partial class Masks
{
    public ImmutableArray<int> Bits { get; init; } = ImmutableArray.Create(new int[4]);
}

public static class Code
{
    public static int OnWorker()
    {
        var bits = Masks.Current.Bits.ToArray();
        MemoryMarshal.GetArrayDataReference(bits) = -1;
        Span<byte> bytes = MemoryMarshal.Cast<int, byte>(bits.AsSpan());
        bytes[3] = 0;
        ReadOnlySpan<byte> shared = MemoryMarshal.AsBytes(Masks.Current.Bits.AsSpan());
        return shared[0] + bits[0];
    }

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<int[]>();
        var bits = new int[4];
        MemoryMarshal.AsBytes(bits.AsSpan()).Clear();
        ref int first = ref MemoryMarshal.GetArrayDataReference(bits);
        first |= 1;
        slot.Publish(bits);
    }
}

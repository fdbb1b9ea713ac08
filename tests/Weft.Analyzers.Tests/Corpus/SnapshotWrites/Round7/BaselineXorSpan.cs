// Game replication: each worker encodes a client's state as an XOR delta against the published baseline. The scratch
// span is taken over the baseline's own array and the helper XORs into it: the helper writes its Span parameter, so
// the shared baseline changes. One-token twin: ToArray() instead of AsSpan() gives the worker its own bytes.
using System;
using System.Linq;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BaselineXorSpan;

[ThreadLocalSlot]
public sealed partial class Baseline
{
    public byte[] State { get; init; } = Array.Empty<byte>(); // expect: WEFT0001
    public long Tick { get; init; }
}

public static class DeltaCodec
{
    public static void XorInto(Span<byte> destination, ReadOnlySpan<byte> source)
    {
        int n = Math.Min(destination.Length, source.Length);
        for (int i = 0; i < n; i++) destination[i] ^= source[i];
    }
}

public sealed class ClientEncoder
{
    public byte[] EncodeDelta(ReadOnlySpan<byte> clientState)
    {
        Baseline baseline = Baseline.Current;
        Span<byte> scratch = baseline.State.AsSpan();
        DeltaCodec.XorInto(scratch, clientState); // expect: WEFT0003
        return Compress(scratch);
    }

    private static byte[] Compress(ReadOnlySpan<byte> delta)
    {
        int last = delta.LastIndexOfAnyExcept((byte)0);
        return delta[..(last + 1)].ToArray();
    }
}

// MemoryMarshal.Cast reinterprets the span over snapshot data; the write goes through to it.
using System;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.MarshalCast;

[ThreadLocalSlot]
public sealed partial class Seeds
{
    public ulong[] Values { get; init; } = []; // expect: WEFT0001
}

public static class Mixer
{
    public static void Scramble(byte salt)
    {
        Span<byte> bytes = MemoryMarshal.AsBytes(Seeds.Current.Values.AsSpan());
        bytes[0] ^= salt; // expect: WEFT0003
    }
}

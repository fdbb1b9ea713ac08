// MemoryMarshal.AsBytes over a read-only span of the snapshot: reading only.
using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.MarshalCast;

[ThreadLocalSlot]
public sealed partial class Seeds
{
    public ImmutableArray<ulong> Values { get; init; }
}

public static class Mixer
{
    public static byte Scramble(byte salt)
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(Seeds.Current.Values.AsSpan());
        return (byte)(bytes[0] ^ salt);
    }
}

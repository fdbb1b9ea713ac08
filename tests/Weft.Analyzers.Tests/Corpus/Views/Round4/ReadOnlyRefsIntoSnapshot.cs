// Marshal helpers give writable access to an immutable snapshot's arrays: ImmutableCollectionsMarshal.AsArray
// returns the ImmutableArray's own backing array, MemoryMarshal.GetArrayDataReference a ref to its first element, and
// MemoryMarshal.AsBytes over a span of that array a writable byte view. Writes through them change the shared
// snapshot (WEFT0003; issue 10: marshal helpers). The snapshot type itself is deeply immutable (WEFT0001 quiet).
using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Round4.ReadOnlyRefsIntoSnapshot;

[ThreadLocalSlot]
public sealed partial class PortMap
{
    public ImmutableArray<int> Ports { get; init; } = ImmutableArray<int>.Empty;
}

public static class PortTweaks
{
    public static void Shift(int delta)
    {
        int[]? raw = ImmutableCollectionsMarshal.AsArray(PortMap.Current.Ports);
        if (raw is null || raw.Length == 0)
        {
            return;
        }

        raw[0] += delta; // expect: WEFT0003
        ref int first = ref MemoryMarshal.GetArrayDataReference(raw);
        first = 0; // expect: WEFT0003
        Span<byte> bytes = MemoryMarshal.AsBytes(raw.AsSpan());
        bytes[0] = 0xFF; // expect: WEFT0003
    }
}

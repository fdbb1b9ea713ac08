// Quiet twin of ReadOnlyRefsIntoSnapshot: the same marshal helpers used to READ the snapshot (sum through the backing
// array, a `ref readonly` to its first element, a ReadOnlySpan<byte> view, an `in` argument to a reading helper); the
// only writes go to a copy.
using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Round4.ReadOnlyRefsIntoSnapshotQuiet;

public readonly record struct PortRange(int Low, int High);

[ThreadLocalSlot]
public sealed partial class PortMap
{
    public readonly PortRange Range;

    public PortMap(PortRange range) => Range = range;

    public ImmutableArray<int> Ports { get; init; } = ImmutableArray<int>.Empty;
}

public static class PortTweaks
{
    private static int Width(in PortRange range) => range.High - range.Low;

    public static int Summarise(int delta)
    {
        int[]? raw = ImmutableCollectionsMarshal.AsArray(PortMap.Current.Ports);
        if (raw is null || raw.Length == 0)
        {
            return 0;
        }

        int sum = 0;
        foreach (int port in raw)
        {
            sum += port;
        }

        ref readonly int first = ref MemoryMarshal.GetArrayDataReference(raw);
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(PortMap.Current.Ports.AsSpan());
        int[] shifted = raw.AsSpan().ToArray();
        shifted[0] += delta;
        return sum + first + bytes.Length + shifted[0] + Width(in PortMap.Current.Range);
    }
}

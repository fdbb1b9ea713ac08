using System.Runtime.InteropServices;

namespace Weft.Internal;

/// <summary>A 64-bit value alone on its cache line pair, so writers on other cores do not invalidate its neighbours.</summary>
[StructLayout(LayoutKind.Explicit, Size = 2 * CacheLine.Size)]
internal struct PaddedLong
{
    [FieldOffset(CacheLine.Size)]
    public long Value;
}

internal static class CacheLine
{
    // Two lines: adjacent-line prefetch on x64 pulls pairs of 64-byte lines.
    public const int Size = 64;
}

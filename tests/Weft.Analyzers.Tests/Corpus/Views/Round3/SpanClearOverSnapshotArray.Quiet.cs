// Round 3. A read-only span over the same array, copied into a stack buffer that is then cleared.
using System;
using Weft;

namespace Corpus.Views.Round3.SpanClearOverSnapshotArray;

[ThreadLocalSlot]
public sealed partial class Banner
{
    public byte[] Bytes { get; init; } = []; // expect: WEFT0001 "Bytes"
}

public static class Writer
{
    public static int Reset()
    {
        ReadOnlySpan<byte> bytes = Banner.Current.Bytes.AsSpan(0, 4);
        Span<byte> local = stackalloc byte[4];
        bytes.CopyTo(local);
        local.Clear();
        return local.Length;
    }
}

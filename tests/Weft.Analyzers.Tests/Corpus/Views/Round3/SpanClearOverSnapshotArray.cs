// Round 3. A span over an array inside the snapshot clears it for every worker.
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
        Span<byte> bytes = Banner.Current.Bytes.AsSpan(0, 4);
        bytes.Clear(); // expect: WEFT0003
        return bytes.Length;
    }
}

// Quiet twin: the range of the array (`Der[..8]`) copies the bytes before they are cleared.
using System;
using Weft;

namespace Corpus.R11.MemoryRangeSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class Cert
{
    public byte[] Der { get; init; } = new byte[64]; // expect: WEFT0001
}

public static class Patcher
{
    public static Memory<byte> Header()
    {
        Memory<byte> header = Cert.Current.Der[..8];
        header.Span.Clear();
        return header;
    }
}

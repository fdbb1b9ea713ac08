// A snapshot's byte[] is viewed through `AsMemory(range)`; writing the memory's span writes the shared bytes.
using System;
using Weft;

namespace Corpus.R11.MemoryRangeSnapshot;

[ThreadLocalSlot]
public sealed partial class Cert
{
    public byte[] Der { get; init; } = new byte[64]; // expect: WEFT0001
}

public static class Patcher
{
    public static Memory<byte> Header()
    {
        Memory<byte> header = Cert.Current.Der.AsMemory(..8);
        header.Span.Clear(); // expect: WEFT0003
        return header;
    }
}

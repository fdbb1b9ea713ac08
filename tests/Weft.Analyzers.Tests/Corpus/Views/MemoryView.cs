// A Memory<byte> over the snapshot's array, written through its Span.
using System;
using Weft;

namespace Corpus.Views.MemoryOver;

[ThreadLocalSlot]
public sealed partial class Banner
{
    public byte[] Payload { get; init; } = []; // expect: WEFT0001
}

public static class Greeter
{
    public static ReadOnlyMemory<byte> Stamp(byte workerId)
    {
        Memory<byte> payload = Banner.Current.Payload;
        payload.Span[^1] = workerId; // expect: WEFT0003
        return payload;
    }
}

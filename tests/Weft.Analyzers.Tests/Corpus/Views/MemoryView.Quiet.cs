// A ReadOnlyMemory<byte> snapshot member; the worker writes its own copy.
using System;
using Weft;

namespace Corpus.Views.MemoryOver;

[ThreadLocalSlot]
public sealed partial class Banner
{
    public ReadOnlyMemory<byte> Payload { get; init; }
}

public static class Greeter
{
    public static ReadOnlyMemory<byte> Stamp(byte workerId)
    {
        Memory<byte> payload = Banner.Current.Payload.ToArray();
        payload.Span[^1] = workerId;
        return payload;
    }
}

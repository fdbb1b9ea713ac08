// An immutable byte array in the snapshot; the worker writes its own copy through a Memory<byte>.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.MemoryOver;

[ThreadLocalSlot]
public sealed partial class Banner
{
    public ImmutableArray<byte> Payload { get; init; } = ImmutableArray<byte>.Empty;
}

public static class Greeter
{
    public static ReadOnlyMemory<byte> Stamp(byte workerId)
    {
        Memory<byte> payload = Banner.Current.Payload.AsSpan().ToArray();
        payload.Span[^1] = workerId;
        return payload;
    }
}

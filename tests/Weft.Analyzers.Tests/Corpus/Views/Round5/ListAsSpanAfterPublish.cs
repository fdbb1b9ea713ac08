// WEFT0002: CollectionsMarshal.AsSpan over a published list, taken after the publish, and a Memory<T> over a published
// array kept in a local and written later through `.Span`.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.ListAsSpanAfterPublish;

public sealed class Frame
{
    public List<int> Marks { get; init; } = new();
    public byte[] Payload { get; init; } = Array.Empty<byte>();
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Frame>();
        var marks = new List<int> { 1, 2, 3 };
        var payload = new byte[16];
        Memory<byte> tail = payload.AsMemory(8);
        slot.Publish(new Frame { Marks = marks, Payload = payload });
        CollectionsMarshal.AsSpan(marks)[0] = 9; // expect: WEFT0002
        tail.Span[0] = 0xFF; // expect: WEFT0002
    }
}

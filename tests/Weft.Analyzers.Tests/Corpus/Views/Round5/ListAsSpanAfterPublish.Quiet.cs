// Quiet twin of ListAsSpanAfterPublish: the span and memory writes happen before the publish; afterwards the views are
// only read.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.ListAsSpanAfterPublishQuiet;

public sealed class Frame
{
    public List<int> Marks { get; init; } = new();
    public byte[] Payload { get; init; } = Array.Empty<byte>();
}

public static class Publisher
{
    public static int Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Frame>();
        var marks = new List<int> { 1, 2, 3 };
        var payload = new byte[16];
        Memory<byte> tail = payload.AsMemory(8);
        CollectionsMarshal.AsSpan(marks)[0] = 9;
        tail.Span[0] = 0xFF;
        slot.Publish(new Frame { Marks = marks, Payload = payload });
        return CollectionsMarshal.AsSpan(marks)[0] + tail.Span[0];
    }
}

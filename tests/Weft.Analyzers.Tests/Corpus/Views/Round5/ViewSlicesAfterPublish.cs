// WEFT0002: slices that are views over a published array or list, written after the publish: `array.AsSpan()[..2]`,
// `new Span<T>(array, 1, 2)`, `new ArraySegment<T>(array).Slice(1)`, and a span of a list from CollectionsMarshal then
// sliced. (The quiet twin takes the copying slices: `array[..2]`, List.GetRange, List.Slice.)
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.ViewSlicesAfterPublish;

public sealed class Window
{
    public int[] Cells { get; init; } = Array.Empty<int>();
    public List<int> Marks { get; init; } = new();
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Window>();
        var cells = new int[8];
        var marks = new List<int> { 1, 2, 3 };
        slot.Publish(new Window { Cells = cells, Marks = marks });
        cells.AsSpan()[..2][0] = 1; // expect: WEFT0002
        var middle = new Span<int>(cells, 1, 2);
        middle[1] = 2; // expect: WEFT0002
        var segment = new ArraySegment<int>(cells).Slice(1);
        segment[0] = 3; // expect: WEFT0002
        CollectionsMarshal.AsSpan(marks).Slice(1)[0] = 4; // expect: WEFT0002
    }
}

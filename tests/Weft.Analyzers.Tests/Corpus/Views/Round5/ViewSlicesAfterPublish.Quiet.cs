// Quiet twin of ViewSlicesAfterPublish: copying slices of the published array and list — a range on an array
// (`cells[..2]` allocates a new array), List<T>.GetRange and List<T>.Slice (new lists) — written after the publish.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus5a.ViewSlicesAfterPublishQuiet;

public sealed class Window
{
    public int[] Cells { get; init; } = Array.Empty<int>();
    public List<int> Marks { get; init; } = new();
}

public static class Publisher
{
    public static int Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Window>();
        var cells = new int[8];
        var marks = new List<int> { 1, 2, 3 };
        slot.Publish(new Window { Cells = cells, Marks = marks });
        var head = cells[..2];
        head[0] = 1;
        var range = marks.GetRange(0, 2);
        range[0] = 4;
        var sliced = marks.Slice(1, 2);
        sliced.Add(5);
        return head[0] + range[0] + sliced.Count;
    }
}

// WEFT0002: a struct holding an array is placed in a published object; the local struct copy still points at the
// same array, so writing its elements after the publish writes published data.
using System;
using Weft;

namespace Corpus5a.StructCopyArrayAfterPublish;

public struct Window
{
    public int[] Cells;
    public int Start;
}

public sealed class Limits
{
    public Window Window { get; init; }
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Limits>();
        var window = new Window { Cells = new int[8], Start = 0 };
        slot.Publish(new Limits { Window = window });
        window.Cells[0] = 5; // expect: WEFT0002
        window.Cells.AsSpan().Fill(1); // expect: WEFT0002
    }
}

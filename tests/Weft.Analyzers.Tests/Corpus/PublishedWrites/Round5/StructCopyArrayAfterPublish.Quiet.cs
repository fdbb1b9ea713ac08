// Quiet twin of StructCopyArrayAfterPublish: after the publish the local struct's fields are reassigned (a new array,
// a new start): that changes the local copy only, never the struct inside the published object.
using Weft;

namespace Corpus5a.StructCopyArrayAfterPublishQuiet;

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
    public static int Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Limits>();
        var window = new Window { Cells = new int[8], Start = 0 };
        slot.Publish(new Limits { Window = window });
        window.Cells = new int[8];
        window.Start = 3;
        window.Cells[0] = 5;
        return window.Cells[0] + window.Start;
    }
}

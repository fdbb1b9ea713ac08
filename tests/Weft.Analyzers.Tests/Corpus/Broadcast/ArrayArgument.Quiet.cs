// A range of ports travels as two integers; each worker expands it itself.
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.ArrayArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PortFilter
{
    private readonly System.Collections.Generic.HashSet<int> _blocked = new();

    [WorkerUpdate]
    internal void Block(int first, int last)
    {
        for (int p = first; p <= last; p++)
        {
            _blocked.Add(p);
        }
    }
}

public static class FilterAdmin
{
    public static Task BlockAsync(WorkerPool pool, int first, int last) => PortFilter.BlockOnAllWorkersAsync(pool, first, last);
}

// The same local function, called right away on the worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.ThreadContext.LocalFunction;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Lru
{
    private readonly LinkedList<string> _order = new();

    public void Evict(int keep)
    {
        while (_order.Count > keep)
        {
            _order.RemoveLast();
        }
    }
}

public static class Maintenance
{
    public static void Schedule(int keep)
    {
        var lru = Lru.Current;
        void Shrink(object? _) => lru.Evict(keep);
        Shrink(null);
    }
}

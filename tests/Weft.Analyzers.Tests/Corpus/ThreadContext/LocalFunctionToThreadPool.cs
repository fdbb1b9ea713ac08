// Report place: the local function's declaration or the hand-over to the thread pool (group marker).
// A local function closing over the worker's state, queued to the thread pool.
using System.Collections.Generic;
using System.Threading;
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
        void Shrink(object? _) => lru.Evict(keep); // expect: WEFT0004 #escape
        ThreadPool.QueueUserWorkItem(Shrink); // expect: WEFT0004 #escape
    }
}

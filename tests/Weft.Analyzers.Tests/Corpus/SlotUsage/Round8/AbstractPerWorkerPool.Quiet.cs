// Twin: sealed, holding the strategy instead.
using System.Collections.Generic;
using Weft;

namespace Corpus.SlotUsage.R8.AbstractPerWorkerPoolQuiet;

public abstract class RentStrategy
{
    public abstract int Pick(Queue<int> idle);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    private readonly Queue<int> _idle = new();
    private readonly RentStrategy? _strategy = null;
    public int Rent() => _strategy?.Pick(_idle) ?? (_idle.Count > 0 ? _idle.Dequeue() : -1);
}

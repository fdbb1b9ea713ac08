// WEFT0104: an abstract per-worker connection pool (per-worker mode so WEFT0001 has nothing to say).
using System.Collections.Generic;
using Weft;

namespace Corpus.SlotUsage.R8.AbstractPerWorkerPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public abstract partial class ConnectionPool // expect: WEFT0104
{
    protected readonly Queue<int> Idle = new();
    public abstract int Rent();
}

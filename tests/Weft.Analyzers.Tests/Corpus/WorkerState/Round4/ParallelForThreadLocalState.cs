// WEFT0004: Parallel.For with thread-local state (localInit / body / localFinally); the body reads the worker's
// session table on thread-pool threads.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ParallelForThreadLocalState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionTable
{
    public List<Session> Sessions { get; } = new();
}

public sealed class Session
{
    public long BytesIn;
    public long BytesOut;
}

public sealed class TrafficTotals
{
    public long Sum()
    {
        var table = SessionTable.Current;
        long total = 0;
        object gate = new();
        Parallel.For(0, table.Sessions.Count,
            () => 0L,
            (i, _, local) => local + table.Sessions[i].BytesIn + table.Sessions[i].BytesOut, // expect: WEFT0004
            local => { lock (gate) total += local; });
        return total;
    }
}

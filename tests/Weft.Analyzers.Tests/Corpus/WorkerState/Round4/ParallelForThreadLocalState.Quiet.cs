// Quiet twin of ParallelForThreadLocalState: the worker copies the numbers into a long[] first (value copies may go
// anywhere); Parallel.For sums the copy.
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
        var bytes = new long[table.Sessions.Count];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = table.Sessions[i].BytesIn + table.Sessions[i].BytesOut;
        }

        long total = 0;
        object gate = new();
        Parallel.For(0, bytes.Length,
            () => 0L,
            (i, _, local) => local + bytes[i],
            local => { lock (gate) total += local; });
        return total;
    }
}

// Round 15, WEFT0004: a per-worker connection pool declared with a primary constructor; its members use the parameter
// `idle` (kept in a hidden field of the worker's instance). Its Shrink hands the trim to Task.Run, which changes the
// worker's list on the pool. The page: inside a per-worker slot type, what its fields hold is worker state.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.PerWorkerPrimaryCtorCapture;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class IdleConnections(List<IDisposable> idle)
{
    public IdleConnections() : this([]) { }

    public void Return(IDisposable connection) => idle.Add(connection);

    public void Shrink(int keep) =>
        _ = Task.Run(() => // expect: WEFT0004 #idle
        {
            while (idle.Count > keep) // expect: WEFT0004 #idle
            {
                idle[^1].Dispose();
                idle.RemoveAt(idle.Count - 1);
            }
        });
}

// Short handler: a per-worker connection-tracking table is swept for idle connections. The sweep is sent to the pool
// with Task.Run, so the worker's table is changed off its loop (WEFT0004, at the capture's first use in the lambda).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R16.ConnTableSweepOnPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnTable
{
    public Dictionary<long, DateTime> LastActive { get; } = new();
}

public static class IdleSweepHandler
{
    public static void OnSweepTick(TimeSpan maxIdle, DateTime now)
    {
        var table = ConnTable.Current;
        _ = Task.Run(() =>
        {
            foreach (var (id, seen) in new List<KeyValuePair<long, DateTime>>(table.LastActive)) // expect: WEFT0004
                if (now - seen > maxIdle)
                    table.LastActive.Remove(id);
        });
    }
}

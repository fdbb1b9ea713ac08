// Short handler: a per-worker connection-tracking table is swept for idle connections, posted to the worker's own
// dispatcher (quiet twin of ConnTableSweepOnPool).
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
        Dispatcher.Current!.Post(() =>
        {
            foreach (var (id, seen) in new List<KeyValuePair<long, DateTime>>(table.LastActive))
                if (now - seen > maxIdle)
                    table.LastActive.Remove(id);
        });
    }
}

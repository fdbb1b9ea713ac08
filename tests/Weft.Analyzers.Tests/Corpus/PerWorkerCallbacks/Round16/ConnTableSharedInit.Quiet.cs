// Short handler: startup initializes the per-worker connection-tracking table; the factory makes a new table for each
// worker (quiet twin of ConnTableSharedInit).
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.R16.ConnTableSharedInit;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnTracker
{
    public Dictionary<long, string> Open { get; } = new();
    public int Capacity { get; init; }
}

public static class Startup
{
    public static void Configure(WorkerPool pool, int capacity)
    {
        ConnTracker.Initialize(pool, _ => new ConnTracker { Capacity = capacity });
    }
}

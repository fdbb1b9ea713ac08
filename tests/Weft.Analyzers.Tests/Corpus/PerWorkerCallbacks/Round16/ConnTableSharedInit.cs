// Short handler: startup initializes the per-worker connection-tracking table. The factory returns the one table
// made above it, so every worker shares it (WEFT0008).
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
        var tracker = new ConnTracker { Capacity = capacity };
        ConnTracker.Initialize(pool, _ => tracker); // expect: WEFT0008
    }
}

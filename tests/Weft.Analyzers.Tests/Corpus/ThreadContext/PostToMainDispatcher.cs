// Decision: even a read of worker-owned state on another thread races its owner, so capturing it for main is
// WEFT0004 although main only reads the count.
// From worker code, the cache is handed to the main dispatcher, which is another thread.
using System.Collections.Generic;
using Weft;

namespace Corpus.ThreadContext.PostToMain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionTable
{
    public List<int> Open { get; } = new();
}

public static class Reporter
{
    public static void ReportFrom(WorkerPool pool)
    {
        var table = ConnectionTable.Current;
        pool.Main.Post(() => System.Console.WriteLine(table.Open.Count)); // expect: WEFT0004
    }
}

// Twin: the worker copies the idle list into an array before posting.
using System.Collections.Generic;
using Weft;

namespace Corpus.ThreadContext.R8.PostToMainReportsPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly List<int> Idle = new();
}

public static class Report
{
    public static void Send(WorkerPool pool, List<int> sink)
    {
        int[] idle = [.. ConnectionPool.Current.Idle];
        pool.Main.Post(() => sink.AddRange(idle));
    }
}

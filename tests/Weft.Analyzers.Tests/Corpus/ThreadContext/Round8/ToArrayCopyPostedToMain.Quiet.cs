// Quiet: the ToArray form of PostToMainReportsPool.Quiet (an int[] copy made on the worker).
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.ThreadContext.R8.ToArrayCopyPostedToMain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly List<int> Idle = new();
}

public static class Report
{
    public static void Send(WorkerPool pool, List<int> sink)
    {
        int[] idle = ConnectionPool.Current.Idle.ToArray();
        pool.Main.Post(() => sink.AddRange(idle));
    }
}

// The count is a value read on the worker; only the number travels to main.
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
        int open = ConnectionTable.Current.Open.Count;
        pool.Main.Post(count => System.Console.WriteLine(count), open);
    }
}

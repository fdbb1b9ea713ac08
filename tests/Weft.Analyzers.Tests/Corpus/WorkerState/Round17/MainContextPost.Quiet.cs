// Quiet twin of MainContextPost: the count (a number, a copy) is read on the worker and only it goes to main.
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.WorkerState.MainContextPost;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Sessions
{
    public HashSet<string> Active { get; } = new();
}

public static class Report
{
    public static void Dump(WorkerPool pool)
    {
        int active = Sessions.Current.Active.Count;
        var mainContext = pool.Main.SynchronizationContext;
        mainContext.Post(_ => System.Console.WriteLine(active), null);
    }
}

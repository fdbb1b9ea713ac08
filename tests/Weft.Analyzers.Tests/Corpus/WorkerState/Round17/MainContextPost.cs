// WEFT0004: SynchronizationContext.Post on the pool's main dispatcher's SynchronizationContext, kept in a local (page:
// "also through the BCL's SynchronizationContext.Post on that dispatcher's SynchronizationContext (read there or kept in
// a local"). Reported inside the lambda.
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
        var sessions = Sessions.Current;
        var mainContext = pool.Main.SynchronizationContext;
        mainContext.Post(_ => System.Console.WriteLine(sessions.Active.Count), null); // expect: WEFT0004
    }
}

// An EnterScope around the call that hands the update over: released long before the callback runs on the workers
// (the page: such a lock guards nothing).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R12.ScopeAroundTheCall;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public string Name { get; } = "w";
}

public static class Census
{
    public static List<string> Names(WorkerPool pool)
    {
        Lock gate = new();
        List<string> names = [];
        using (gate.EnterScope())
        {
            _ = Sessions.UpdateAllAsync(pool, s => names.Add(s.Name)); // expect: WEFT0008
        }

        return names;
    }
}

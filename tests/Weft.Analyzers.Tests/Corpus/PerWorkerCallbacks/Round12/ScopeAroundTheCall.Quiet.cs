// The EnterScope inside the update: each worker adds under the lock.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R12.ScopeAroundTheCallQuiet;

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
        _ = Sessions.UpdateAllAsync(pool, s =>
        {
            using (gate.EnterScope())
            {
                names.Add(s.Name);
            }
        });

        return names;
    }
}

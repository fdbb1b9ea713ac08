// Round 2. The callback form of UpdateAll: every worker appends its name to one captured List at once; the
// completion (on main) reads it.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round2.UnderLock;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Health
{
    public bool Degraded { get; set; }
}

public static class Report
{
    public static void Collect(WorkerPool pool, Action<IReadOnlyList<bool>> done)
    {
        var states = new List<bool>();
        Health.UpdateAll(pool, h => states.Add(h.Degraded), () => done(states)); // expect: WEFT0008
    }
}

// Round 2. The same collection, each append under a lock; the completion runs once on main.
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
        var gate = new object();
        Health.UpdateAll(
            pool,
            h =>
            {
                lock (gate)
                {
                    states.Add(h.Degraded);
                }
            },
            () => done(states));
    }
}

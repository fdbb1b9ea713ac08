// A per-worker job scheduler: Schedule keeps each job in a read-only list its own methods fill; RunDue, another
// method, sends every stored job to the pool. A job writes the instance's own dictionary, so it runs off the worker
// (WEFT0004, reported inside the stored job, where it was written).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R16.JobSchedulerListOnPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class JobScheduler
{
    private readonly List<Action> _due = new();
    private readonly Dictionary<string, DateTime> _lastRun = new();

    public void Schedule(string name, DateTime now) =>
        _due.Add(() => _lastRun[name] = now); // expect: WEFT0004

    public int RunDue()
    {
        int started = 0;
        foreach (var job in _due)
        {
            _ = Task.Run(job);
            started++;
        }
        _due.Clear();
        return started;
    }
}

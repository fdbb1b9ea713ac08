// A per-worker job scheduler: Schedule keeps each job in a read-only list its own methods fill; RunDue runs every
// stored job in place, on the worker (quiet twin of JobSchedulerListOnPool).
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
        _due.Add(() => _lastRun[name] = now);

    public int RunDue()
    {
        int started = 0;
        foreach (var job in _due)
        {
            job();
            started++;
        }
        _due.Clear();
        return started;
    }
}

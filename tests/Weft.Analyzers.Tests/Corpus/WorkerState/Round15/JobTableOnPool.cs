// Round 15, WEFT0004 through a table of Func<Task>: a per-worker peer table registers expiry jobs in a dictionary in one
// method and runs them in another, each through Task.Run. A job's lambda calls the table's own method that changes its
// dictionary, so the worker's state is changed on the pool. Reading taken: the page does not say whether a delegate
// read back from a dictionary filled by an indexer assignment (not an index initializer) is reported where it is built
// or where it is handed over: #escape group on both lines.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.JobTableOnPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PeerTable
{
    private readonly Dictionary<string, DateTime> _lastSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<Task>> _jobs = new(StringComparer.Ordinal);

    public void Seen(string peer, DateTime now) => _lastSeen[peer] = now;

    public void Schedule(string name, TimeSpan maxAge, TimeProvider clock) =>
        _jobs[name] = () => Expire(clock.GetUtcNow().UtcDateTime - maxAge); // expect: WEFT0004 #job

    public async Task RunJobsAsync()
    {
        foreach (var (_, job) in _jobs)
        {
            await Task.Run(job); // expect: WEFT0004 #job
        }
    }

    private Task Expire(DateTime cutoff)
    {
        foreach (var peer in _lastSeen.Where(p => p.Value < cutoff).Select(p => p.Key).ToArray())
        {
            _lastSeen.Remove(peer);
        }

        return Task.CompletedTask;
    }
}

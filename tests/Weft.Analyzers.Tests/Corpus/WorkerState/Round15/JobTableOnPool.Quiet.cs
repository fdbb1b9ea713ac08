// Round 15, WEFT0004 quiet twin: the same table of Func<Task> jobs, each awaited on the worker's own loop.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.JobTableOnPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PeerTable
{
    private readonly Dictionary<string, DateTime> _lastSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<Task>> _jobs = new(StringComparer.Ordinal);

    public void Seen(string peer, DateTime now) => _lastSeen[peer] = now;

    public void Schedule(string name, TimeSpan maxAge, TimeProvider clock) =>
        _jobs[name] = () => Expire(clock.GetUtcNow().UtcDateTime - maxAge);

    public async Task RunJobsAsync()
    {
        foreach (var (_, job) in _jobs)
        {
            await job();
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

// Quiet twin of InterlockedOnPublished: the checker counts into its own fields (never published) with Interlocked, and
// publishes a new health object built from those counts each time; nothing published is changed afterwards.
using System;
using System.Threading;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.InterlockedOnPublishedQuiet;

public sealed class BackendHealth
{
    public string Host = "";
    public long Failures;
    public long LastProbeTicks;
}

public sealed class HealthChecker
{
    private readonly Slot<BackendHealth> _slot;
    private long _failures;
    private long _lastProbeTicks;

    public HealthChecker(WorkerPool pool) => _slot = pool.AllocateSlot<BackendHealth>();

    public void OnProbe(string host, bool ok)
    {
        if (!ok)
        {
            Interlocked.Increment(ref _failures);
        }

        Volatile.Write(ref _lastProbeTicks, DateTime.UtcNow.Ticks);
        var health = new BackendHealth
        {
            Host = host.ToLowerInvariant(),
            Failures = Interlocked.Read(ref _failures),
            LastProbeTicks = Volatile.Read(ref _lastProbeTicks),
        };
        _slot.Publish(health);
    }
}

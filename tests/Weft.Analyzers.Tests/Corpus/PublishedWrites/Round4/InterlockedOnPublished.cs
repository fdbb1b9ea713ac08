// A health checker publishes a backend's health object and then keeps counting into it with Interlocked "because it
// is thread-safe". Reading taken: WEFT0002 calls a write "any change", and [Published]'s contract says the argument
// "must not be changed again"; an atomic increment is still a change to the published object (workers that read two
// fields see two different versions). design.md's quiet Interlocked/Volatile idiom is about counters meant to be
// shared (WEFT0006's static state), not about an object handed to Publish. So each atomic write here is reported.
using System;
using System.Threading;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.InterlockedOnPublished;

public sealed class BackendHealth
{
    public string Host = "";
    public long Failures;
    public long LastProbeTicks;
}

public sealed class HealthChecker
{
    private readonly Slot<BackendHealth> _slot;

    public HealthChecker(WorkerPool pool) => _slot = pool.AllocateSlot<BackendHealth>();

    public void OnProbe(string host, bool ok)
    {
        var health = new BackendHealth { Host = host };
        _slot.Publish(health);
        if (!ok)
        {
            Interlocked.Increment(ref health.Failures); // expect: WEFT0002
        }

        Volatile.Write(ref health.LastProbeTicks, DateTime.UtcNow.Ticks); // expect: WEFT0002
        Interlocked.Exchange(ref health.Host, host.ToLowerInvariant()); // expect: WEFT0002
    }
}

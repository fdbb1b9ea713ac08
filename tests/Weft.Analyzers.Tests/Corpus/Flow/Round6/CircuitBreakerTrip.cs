// Circuit breaker whose state is published from main to every worker. Defect: when a probe fails after the
// state was published, the catch block stamps the new open time into the published state object instead of
// publishing a new one (WEFT0002: write after publish on the exception path).
using System;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.CircuitBreakerTrip;

public enum BreakerMode { Closed, Open, HalfOpen }

public sealed record BreakerState(BreakerMode Mode, int Failures)
{
    public DateTime OpenedAt { get; set; }
}

public sealed class CircuitBreaker
{
    private readonly Slot<BreakerState> _state;
    private readonly Func<Task> _probe;

    public CircuitBreaker(WorkerPool pool, Func<Task> probe)
    {
        _state = pool.AllocateSlot<BreakerState>();
        _probe = probe;
    }

    public async Task HalfOpenAsync()
    {
        var halfOpen = new BreakerState(BreakerMode.HalfOpen, Failures: 0);
        await _state.PublishAsync(halfOpen);
        try
        {
            await _probe();
            await _state.PublishAsync(halfOpen with { Mode = BreakerMode.Closed });
        }
        catch (Exception)
        {
            halfOpen.OpenedAt = DateTime.UtcNow; // expect: WEFT0002
            await _state.PublishAsync(halfOpen with { Mode = BreakerMode.Open, Failures = 1 });
        }
    }
}

// Quiet twin of CircuitBreakerTrip: the failure path publishes a new state built with `with`.
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
            await _state.PublishAsync(new BreakerState(BreakerMode.Open, Failures: 1) { OpenedAt = DateTime.UtcNow });
        }
    }
}

// Quiet twin of RateLimiterRefill: the refill timer is a loop timer of the worker's dispatcher, so Current is the
// worker's own limiter.
using System;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus6b.RateLimiterRefill;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    private readonly int _capacity;
    private int _tokens;

    public RateLimiter(int capacity)
    {
        _capacity = capacity;
        _tokens = capacity;
    }

    public bool TryAcquire()
    {
        if (_tokens == 0) return false;
        _tokens--;
        return true;
    }

    public void Refill(int amount) => _tokens = Math.Min(_capacity, _tokens + amount);
}

public sealed class RefillSchedule : IDisposable
{
    private readonly int _perTick;
    private readonly DispatcherTimer _timer;

    public RefillSchedule(int perTick, TimeSpan period)
    {
        _perTick = perTick;
        _timer = Dispatcher.Current!.CreateTimer(OnTick);
        _timer.Enable(period);
    }

    private void OnTick()
    {
        RateLimiter.Current.Refill(_perTick);
    }

    public void Dispose() => _timer.Dispose();
}

public static class Setup
{
    public static void Install(WorkerPool pool) =>
        RateLimiter.Initialize(pool, _ => new RateLimiter(capacity: 100));
}

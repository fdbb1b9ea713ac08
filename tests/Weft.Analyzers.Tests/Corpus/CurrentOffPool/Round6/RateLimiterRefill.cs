// Per-worker token-bucket rate limiter. Defect: the refill is driven by a System.Threading.Timer whose callback is a
// method group that reads RateLimiter.Current — a timer thread has no slot value (WEFT0005 on the read).
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
    private readonly Timer _timer;

    public RefillSchedule(int perTick, TimeSpan period)
    {
        _perTick = perTick;
        _timer = new Timer(OnTick, null, period, period);
    }

    private void OnTick(object? state)
    {
        RateLimiter.Current.Refill(_perTick); // expect: WEFT0005
    }

    public void Dispose() => _timer.Dispose();
}

public static class Setup
{
    public static void Install(WorkerPool pool) =>
        RateLimiter.Initialize(pool, _ => new RateLimiter(capacity: 100));
}

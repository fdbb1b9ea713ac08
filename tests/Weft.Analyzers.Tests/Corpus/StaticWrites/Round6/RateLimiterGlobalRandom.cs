// Rate limiter per worker with jittered refill. Defect: the jitter comes from a static Random shared by every
// worker (Random is not thread-safe: concurrent Next corrupts its state), and the per-worker type also counts
// rejections in a static field with += (WEFT0006 on both, members of a per-worker slot type).
using System;
using System.Threading;
using Weft;

namespace Corpus6b.RateLimiterGlobalRandom;

internal static class Jitter
{
    internal static readonly Random s_random = new(17);
    internal static long s_rejected;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class JitteredLimiter
{
    private double _tokens;
    private readonly double _ratePerMs;

    public JitteredLimiter(double ratePerSecond) => _ratePerMs = ratePerSecond / 1000.0;

    public void Refill(double elapsedMs)
    {
        double jitter = 0.9 + Jitter.s_random.NextDouble() * 0.2; // expect: WEFT0006
        _tokens = Math.Min(_ratePerMs * 1000, _tokens + elapsedMs * _ratePerMs * jitter);
    }

    public bool TryAcquire(int cost)
    {
        if (_tokens >= cost)
        {
            _tokens -= cost;
            return true;
        }
        Jitter.s_rejected += cost; // expect: WEFT0006
        return false;
    }
}

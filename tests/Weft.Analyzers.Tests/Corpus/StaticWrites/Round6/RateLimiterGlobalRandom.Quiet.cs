// Quiet twin of RateLimiterGlobalRandom: Random.Shared (thread-safe) and Interlocked.Add.
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
        double jitter = 0.9 + Random.Shared.NextDouble() * 0.2;
        _tokens = Math.Min(_ratePerMs * 1000, _tokens + elapsedMs * _ratePerMs * jitter);
    }

    public bool TryAcquire(int cost)
    {
        if (_tokens >= cost)
        {
            _tokens -= cost;
            return true;
        }
        Interlocked.Add(ref Jitter.s_rejected, cost);
        return false;
    }
}

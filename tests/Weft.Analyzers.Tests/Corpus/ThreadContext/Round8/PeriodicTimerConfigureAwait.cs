// WEFT0004: a PeriodicTimer loop awaited with ConfigureAwait(false) refills the worker's buckets.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.PeriodicTimerConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    public readonly Dictionary<string, int> Tokens = new();
}

public static class Refill
{
    public static async Task RunAsync(CancellationToken ct)
    {
        var limiter = RateLimiter.Current;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
        {
            limiter.Tokens.Clear(); // expect: WEFT0004
        }
    }
}

// Twin: the same loop without ConfigureAwait(false): each tick resumes on the worker.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.PeriodicTimerConfigureAwaitQuiet;

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
        while (await timer.WaitForNextTickAsync(ct))
        {
            limiter.Tokens.Clear();
        }
    }
}

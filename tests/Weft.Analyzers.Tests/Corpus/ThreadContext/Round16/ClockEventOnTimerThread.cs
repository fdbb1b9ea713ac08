// A user's clock type raises its Tick event from a System.Threading.Timer. Worker code adds a handler over the
// worker's rate-limit buckets: the handler runs on the timer's thread (WEFT0004 where the handler is added; the
// lambda and the += are one line).
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.R16.ClockEventOnTimerThread;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TokenBuckets
{
    public Dictionary<string, int> Tokens { get; } = new();
}

public sealed class RefillClock : IDisposable
{
    private Timer? _timer;
    public event Action? Tick;

    public void Start(TimeSpan period) => _timer = new Timer(_ => Tick?.Invoke(), null, period, period);

    public void Dispose() => _timer?.Dispose();
}

public static class LimiterSetup
{
    public static RefillClock Attach(int burst)
    {
        var buckets = TokenBuckets.Current;
        var clock = new RefillClock();
        clock.Tick += () => { foreach (var key in new List<string>(buckets.Tokens.Keys)) buckets.Tokens[key] = burst; }; // expect: WEFT0004
        clock.Start(TimeSpan.FromSeconds(1));
        return clock;
    }
}

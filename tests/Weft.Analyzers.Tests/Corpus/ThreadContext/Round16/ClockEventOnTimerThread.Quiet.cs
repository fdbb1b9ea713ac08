// A user's clock type raises its Tick event from a loop timer (Dispatcher.CreateTimer) on the loop that starts it.
// Worker code adds a handler over the worker's rate-limit buckets: it runs on the worker (quiet twin of
// ClockEventOnTimerThread).
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R16.ClockEventOnTimerThread;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TokenBuckets
{
    public Dictionary<string, int> Tokens { get; } = new();
}

public sealed class RefillClock : IDisposable
{
    private DispatcherTimer? _timer;
    private TimeSpan _period;
    public event Action? Tick;

    public void Start(TimeSpan period)
    {
        _period = period;
        _timer = Dispatcher.Current!.CreateTimer(OnTimer);
        _timer.Enable(period);
    }

    private void OnTimer()
    {
        Tick?.Invoke();
        _timer?.Enable(_period);
    }

    public void Dispose() => _timer?.Dispose();
}

public static class LimiterSetup
{
    public static RefillClock Attach(int burst)
    {
        var buckets = TokenBuckets.Current;
        var clock = new RefillClock();
        clock.Tick += () => { foreach (var key in new List<string>(buckets.Tokens.Keys)) buckets.Tokens[key] = burst; };
        clock.Start(TimeSpan.FromSeconds(1));
        return clock;
    }
}

// The quiet twin: the ticker raises Tick from a timer of the loop that starts it (a DispatcherTimer runs on its
// owning loop), so the handler runs on the worker that subscribed it.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.EventRaisedOnPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Hits { get; } = new();
}

public sealed class Ticker
{
    private DispatcherTimer? _timer;

    public event Action? Tick;

    public void Start(TimeSpan period)
    {
        _timer = Dispatcher.Current!.CreateTimer(() =>
        {
            Tick?.Invoke();
            _timer!.Enable(period);
        });
        _timer.Enable(period);
    }
}

public static class Expiry
{
    public static void Install(Ticker ticker)
    {
        var cache = Cache.Current;
        ticker.Tick += () => cache.Hits.Clear();
        ticker.Start(TimeSpan.FromSeconds(1));
    }
}

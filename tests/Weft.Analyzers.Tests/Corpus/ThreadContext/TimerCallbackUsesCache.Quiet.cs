// The worker's own dispatcher timer: it fires on the loop that owns the tracker.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.TimerCallback;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class IdleTracker
{
    private readonly Dictionary<int, DateTime> _lastActive = new();

    public void Sweep(DateTime now)
    {
        foreach (var id in new List<int>(_lastActive.Keys))
        {
            if (now - _lastActive[id] > TimeSpan.FromMinutes(1))
            {
                _lastActive.Remove(id);
            }
        }
    }
}

public sealed class IdleSweeper : IDisposable
{
    private DispatcherTimer? _timer;

    public void Start()
    {
        var tracker = IdleTracker.Current;
        _timer = Dispatcher.Current!.CreateTimer(() =>
        {
            tracker.Sweep(DateTime.UtcNow);
            _timer?.Enable(TimeSpan.FromSeconds(1));
        });
        _timer.Enable(TimeSpan.FromSeconds(1));
    }

    public void Dispose() => _timer?.Dispose();
}

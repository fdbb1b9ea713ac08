// A System.Threading.Timer fires on a thread-pool thread and touches the worker's cache there.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

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
    private Timer? _timer;

    public void Start()
    {
        var tracker = IdleTracker.Current;
        _timer = new Timer(_ => tracker.Sweep(DateTime.UtcNow), null, 1000, 1000); // expect: WEFT0004
    }

    public void Dispose() => _timer?.Dispose();
}

// Chat broker: a worker hands its backlog list to a BacklogWatcher (another type), which keeps it in a field; the
// watcher's System.Threading.Timer callback reads the field on a timer thread and trims it. The worker state travels
// through another type's field into a timer callback. Twin: the watcher only gets a count, and trimming is posted
// back to the worker's loop.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ChatBacklogTimerField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Backlog
{
    public List<string> Pending { get; } = new();
}

public sealed class BacklogWatcher : IDisposable
{
    private readonly Timer _timer;
    private List<string>? _watched;
    private int _max = 1000;

    public BacklogWatcher() => _timer = new Timer(_ => Trim(), null, 5000, 5000);

    public void Watch(List<string> backlog, int max)
    {
        _watched = backlog;
        _max = max;
    }

    private void Trim()
    {
        List<string>? backlog = _watched;
        if (backlog is not null && backlog.Count > _max) backlog.RemoveRange(0, backlog.Count - _max); // expect: WEFT0004 #escape
    }

    public void Dispose() => _timer.Dispose();
}

public sealed class BacklogSetup
{
    public void Attach(BacklogWatcher watcher) => watcher.Watch(Backlog.Current.Pending, 1000); // expect: WEFT0004 #escape
}

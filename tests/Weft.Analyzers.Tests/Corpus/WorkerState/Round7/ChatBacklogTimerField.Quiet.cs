// Quiet twin of ChatBacklogTimerField: the worker trims its own backlog on a dispatcher timer.
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
        if (backlog is not null && backlog.Count > _max) backlog.RemoveRange(0, backlog.Count - _max);
    }

    public void Dispose() => _timer.Dispose();
}

public sealed class BacklogSetup
{
    public void Attach(BacklogWatcher watcher)
    {
        DispatcherTimer? timer = null;
        timer = Dispatcher.Current!.CreateTimer(() =>
        {
            List<string> pending = Backlog.Current.Pending;
            if (pending.Count > 1000) pending.RemoveRange(0, pending.Count - 1000);
            timer!.Enable(TimeSpan.FromSeconds(5));
        });
        timer.Enable(TimeSpan.FromSeconds(5));
    }
}

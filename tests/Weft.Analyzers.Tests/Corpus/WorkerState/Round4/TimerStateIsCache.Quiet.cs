// Quiet twin of TimerStateIsCache: the worker's own DispatcherTimer (its callback runs on the loop that created it,
// [RunsOnOwningLoop] on a [RequiresLoopThread] member) clears the sessions.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.Round4.TimerStateIsCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class StickySessions
{
    public Dictionary<string, string> Backends { get; } = new();
}

public sealed class StickyExpiry : IDisposable
{
    readonly DispatcherTimer _timer;

    public StickyExpiry()
    {
        var sessions = StickySessions.Current;
        DispatcherTimer? timer = null;
        timer = Dispatcher.Current!.CreateTimer(() =>
        {
            sessions.Backends.Clear();
            timer!.Enable(TimeSpan.FromMinutes(1));
        });
        _timer = timer;
        _timer.Enable(TimeSpan.FromMinutes(1));
    }

    public void Dispose() => _timer.Dispose();
}

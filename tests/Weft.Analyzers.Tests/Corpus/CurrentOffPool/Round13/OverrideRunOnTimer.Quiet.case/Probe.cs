// The quiet twin: the base schedules Run on a timer of the calling loop (DispatcherTimer: runs on its owning loop).
using System;
using Weft.Threading;

namespace Corpus.CurrentOffPool.OverrideRunOnTimerQuiet;

public abstract class Probe : IDisposable
{
    private DispatcherTimer? _timer;

    public void Schedule(TimeSpan period)
    {
        _timer = Dispatcher.Current!.CreateTimer(() =>
        {
            Run();
            _timer!.Enable(period);
        });
        _timer.Enable(period);
    }

    protected abstract void Run();

    public void Dispose() => _timer?.Dispose();
}

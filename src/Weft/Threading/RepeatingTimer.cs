using System;

namespace Weft.Threading;

/// <summary>
/// The one periodic timer of the runtime (stats flushes, guard-dog touches): fires every interval on its loop. It is
/// re-armed before the callback runs, so a callback that throws (reported by the loop as usual) does not stop it.
/// </summary>
internal sealed class RepeatingTimer : IDisposable
{
    private readonly DispatcherTimer _timer;
    private readonly TimeSpan _interval;
    private readonly Action _callback;

    private RepeatingTimer(Dispatcher loop, TimeSpan interval, Action callback)
    {
        _interval = interval;
        _callback = callback;
        _timer = loop.CreateTimer(Fire);
    }

    /// <summary>Loop thread only: starts firing <paramref name="callback"/> every <paramref name="interval"/> (positive).</summary>
    public static RepeatingTimer Start(Dispatcher loop, TimeSpan interval, Action callback)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        var timer = new RepeatingTimer(loop, interval, callback);
        timer._timer.Enable(interval);
        return timer;
    }

    /// <summary>Loop thread only: stops it.</summary>
    public void Dispose() => _timer.Disable();

    private void Fire()
    {
        _timer.Enable(_interval);
        _callback();
    }
}

using System;
using System.Threading;

namespace Corpus.Round15.InterfaceGetterInTimerQuiet;

public sealed class Throttle(ILimitSource limits) : IDisposable
{
    private Timer? _timer;
    private int _budget;

    public void Start(TimeSpan period)
    {
        int max = limits.MaxInFlight;
        _timer = new Timer(_ =>
        {
            Volatile.Write(ref _budget, max);
        }, null, period, period);
    }

    public int Budget => Volatile.Read(ref _budget);

    public void Dispose() => _timer?.Dispose();
}

using System;
using System.Threading;

namespace Corpus.Round15.InterfaceGetterInTimer;

public sealed class Throttle(ILimitSource limits) : IDisposable
{
    private Timer? _timer;
    private int _budget;

    public void Start(TimeSpan period) =>
        _timer = new Timer(_ =>
        {
            int max = limits.MaxInFlight; // expect: WEFT0005
            Volatile.Write(ref _budget, max);
        }, null, period, period);

    public int Budget => Volatile.Read(ref _budget);

    public void Dispose() => _timer?.Dispose();
}

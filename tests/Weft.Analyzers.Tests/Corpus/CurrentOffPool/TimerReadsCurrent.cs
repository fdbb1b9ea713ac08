// Report place: the Current read inside the timer's method, or the Timer construction that names it (group marker).
// A System.Threading.Timer callback reading a slot: timers fire on the thread pool.
using System;
using System.Threading;
using Weft;

namespace Corpus.CurrentOffPool.Timer;

[ThreadLocalSlot]
public sealed partial class Probe
{
    public string Url { get; init; } = "http://localhost/health";
}

public sealed class HealthChecker : IDisposable
{
    private readonly System.Threading.Timer _timer;

    public HealthChecker()
    {
        _timer = new System.Threading.Timer(Check, null, TimeSpan.Zero, TimeSpan.FromSeconds(5)); // expect: WEFT0005 #offpool
    }

    private static void Check(object? state)
    {
        string url = Probe.Current.Url; // expect: WEFT0005 #offpool
        Console.WriteLine(url);
    }

    public void Dispose() => _timer.Dispose();
}

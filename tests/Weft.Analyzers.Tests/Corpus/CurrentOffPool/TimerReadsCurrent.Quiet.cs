// The URL is read on the worker and passed to the timer as its state.
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
        _timer = new System.Threading.Timer(Check, Probe.Current.Url, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    private static void Check(object? state)
    {
        Console.WriteLine((string)state!);
    }

    public void Dispose() => _timer.Dispose();
}

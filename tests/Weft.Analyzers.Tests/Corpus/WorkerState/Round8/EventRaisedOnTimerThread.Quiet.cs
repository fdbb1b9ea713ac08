// Twin: the ticker raises its event from a dispatcher timer of the loop that made it.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R8.EventRaisedOnTimerThreadQuiet;

public sealed class Ticker : IDisposable
{
    private readonly DispatcherTimer _timer;
    public event Action? Tick;

    public Ticker(Dispatcher loop)
    {
        _timer = loop.CreateTimer(() =>
        {
            Tick?.Invoke();
            _timer!.Enable(TimeSpan.FromSeconds(1));
        });
        _timer.Enable(TimeSpan.FromSeconds(1));
    }

    public void Dispose() => _timer.Dispose();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class Expiry
{
    public static void Wire(Ticker ticker)
    {
        var cache = DnsCache.Current;
        ticker.Tick += () => cache.Names.Clear();
    }
}

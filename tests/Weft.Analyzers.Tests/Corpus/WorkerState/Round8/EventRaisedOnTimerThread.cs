// WEFT0004: a handler over worker state is added to an event that its type raises from a System.Threading.Timer.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.R8.EventRaisedOnTimerThread;

public sealed class Ticker : IDisposable
{
    private readonly Timer _timer;
    public event Action? Tick;

    public Ticker() => _timer = new Timer(_ => Tick?.Invoke(), null, 1000, 1000);

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
        ticker.Tick += () => cache.Names.Clear(); // expect: WEFT0004
    }
}

// WEFT0004: the worker's cache is the state argument of System.Threading.Timer (the entry-point table's "Timer
// state"); the static callback casts it back on the timer thread.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round4.TimerStateIsCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class StickySessions
{
    public Dictionary<string, string> Backends { get; } = new();
}

public sealed class StickyExpiry : IDisposable
{
    readonly Timer _timer;

    public StickyExpiry()
    {
        var sessions = StickySessions.Current;
        _timer = new Timer(static state => ((StickySessions)state!).Backends.Clear(), sessions, 60_000, 60_000); // expect: WEFT0004
    }

    public void Dispose() => _timer.Dispose();
}

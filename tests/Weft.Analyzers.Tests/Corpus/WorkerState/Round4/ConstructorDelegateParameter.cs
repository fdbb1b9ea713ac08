// WEFT0004: a user debouncer takes its callback in the *constructor*, marked [RunsOnAnotherThread] (it fires on a
// timer thread); the callback captures the worker's pending-writes map.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round4.ConstructorDelegateParameter;

public sealed class Debouncer : IDisposable
{
    readonly Timer _timer;

    public Debouncer(TimeSpan quiet, [RunsOnAnotherThread] Action onQuiet)
    {
        _timer = new Timer(_ => onQuiet(), null, quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose() => _timer.Dispose();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PendingWrites
{
    public Dictionary<string, byte[]> ByKey { get; } = new();
}

public sealed class WriteCoalescer
{
    public IDisposable Arm()
    {
        var pending = PendingWrites.Current;
        return new Debouncer(TimeSpan.FromMilliseconds(50), () => pending.ByKey.Clear()); // expect: WEFT0004
    }
}

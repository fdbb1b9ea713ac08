// Quiet twin of ConstructorDelegateParameter: the debouncer's callback posts the clear back to the calling loop
// (captured from Dispatcher.Current, marked [CallingThreadLoop]), so the map is only touched on its worker. Reading
// taken: Post on the loop captured from Dispatcher.Current is the caller's own loop, wherever Post is called from.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

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
        var loop = Dispatcher.Current!;
        return new Debouncer(TimeSpan.FromMilliseconds(50), () => loop.Post(static () => PendingWrites.Current.ByKey.Clear()));
    }
}

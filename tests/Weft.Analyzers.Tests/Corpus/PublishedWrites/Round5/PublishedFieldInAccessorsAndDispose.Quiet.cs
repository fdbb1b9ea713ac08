// Quiet twin of PublishedFieldInAccessorsAndDispose: the type publishes a new Limits built from plain fields on each
// call; the setter, Dispose and the timer lambda write only those plain fields, never a published object.
using System;
using Weft;
using Weft.Slots;

namespace Corpus5a.PublishedFieldInAccessorsAndDisposeQuiet;

public sealed class Limits
{
    public int Max;
}

public sealed class LimitsPublisher : IDisposable
{
    private int _max = 10;
    private int _ticks;
    private readonly Slot<Limits> _slot;
    private readonly System.Timers.Timer _timer = new(1000);

    public LimitsPublisher(WorkerPool pool)
    {
        _slot = pool.AllocateSlot<Limits>();
        _timer.Elapsed += (_, _) => System.Threading.Interlocked.Increment(ref _ticks);
    }

    public int Max
    {
        get => _max;
        set => _max = value;
    }

    public void Publish() => _slot.Publish(new Limits { Max = _max });

    public void Dispose()
    {
        _max = 0;
        _timer.Dispose();
    }
}

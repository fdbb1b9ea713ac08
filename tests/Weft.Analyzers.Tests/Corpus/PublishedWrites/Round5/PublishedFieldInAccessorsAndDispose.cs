// WEFT0002: a field whose object a method of the type publishes is then written in a property setter, in Dispose, and
// in a timer handler lambda registered by the constructor. The page: every write to a published field's object is
// reported in any method of the type (constructors excepted); a lambda may run after the publish, so a lambda
// written in the constructor is not "the constructor" — its body runs later, on the timer's thread.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus5a.PublishedFieldInAccessorsAndDispose;

public sealed class Limits
{
    public int Max;
    public List<string> Exempt { get; } = new();
}

public sealed class LimitsPublisher : IDisposable
{
    private readonly Limits _limits = new();
    private readonly Slot<Limits> _slot;
    private readonly System.Timers.Timer _timer = new(1000);

    public LimitsPublisher(WorkerPool pool)
    {
        _slot = pool.AllocateSlot<Limits>();
        _limits.Max = 10;
        _timer.Elapsed += (_, _) => _limits.Max++; // expect: WEFT0002
    }

    public int Max
    {
        get => _limits.Max;
        set => _limits.Max = value; // expect: WEFT0002
    }

    public void Publish() => _slot.Publish(_limits);

    public void Dispose()
    {
        _limits.Exempt.Clear(); // expect: WEFT0002
        _timer.Dispose();
    }
}

// WEFT0002, published fields: "constructors excepted ... but a lambda the constructor registers on a timer or an
// event ... runs later, maybe after a publish, and is reported". The constructor hooks a timer whose handler adds to
// the field that Publish hands to workers.
using System;
using System.Collections.Generic;
using System.Timers;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.ConstructorTimerLambda;

public sealed class HeartbeatLog : IDisposable
{
    private readonly List<DateTime> _beats = new();
    private readonly System.Timers.Timer _timer = new(1000);
    private readonly Slot<List<DateTime>> _slot;

    public HeartbeatLog(Slot<List<DateTime>> slot)
    {
        _slot = slot;
        _beats.Add(DateTime.UtcNow);
        _timer.Elapsed += (_, e) => _beats.Add(e.SignalTime); // expect: WEFT0002
        _timer.Start();
    }

    public void Publish() => _slot.Publish(_beats);

    public void Dispose() => _timer.Dispose();
}

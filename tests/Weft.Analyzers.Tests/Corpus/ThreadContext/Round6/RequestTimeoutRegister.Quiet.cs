// Quiet twin of RequestTimeoutRegister: the deadline is a loop timer on the worker's dispatcher.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus6b.RequestTimeoutRegister;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class InFlight
{
    private readonly Dictionary<long, Action<string>> _pending = new();
    private long _nextId;

    public long Start(Action<string> complete)
    {
        long id = ++_nextId;
        _pending[id] = complete;
        return id;
    }

    public void Finish(long id, string result)
    {
        if (_pending.Remove(id, out var complete)) complete(result);
    }
}

public static class Deadlines
{
    public static long Send(Action<string> complete, TimeSpan timeout)
    {
        InFlight inFlight = InFlight.Current;
        long id = inFlight.Start(complete);
        DispatcherTimer timer = Dispatcher.Current!.CreateTimer(() => inFlight.Finish(id, "timeout"));
        timer.Enable(timeout);
        return id;
    }
}

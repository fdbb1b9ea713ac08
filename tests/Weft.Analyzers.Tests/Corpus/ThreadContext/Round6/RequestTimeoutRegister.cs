// Per-worker table of in-flight requests with a deadline each. Defect: the deadline is a CancellationTokenSource
// with CancelAfter, and its Register callback removes the request from the worker's table — that callback runs on
// the timer thread that cancels (WEFT0004, the page: Register callbacks are off the pool).
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
        var cts = new CancellationTokenSource();
        cts.CancelAfter(timeout);
        cts.Token.Register(() => inFlight.Finish(id, "timeout")); // expect: WEFT0004
        return id;
    }
}

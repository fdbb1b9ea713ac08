// Twin: a dispatcher timer on the worker's own loop.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R8.TimerStateStaticLambdaQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Stack<int> Idle = new();
}

public static class Reaper
{
    public static DispatcherTimer Start()
    {
        var pool = ConnectionPool.Current;
        var timer = Dispatcher.Current!.CreateTimer(() => pool.Idle.Clear());
        timer.Enable(TimeSpan.FromSeconds(30));
        return timer;
    }
}

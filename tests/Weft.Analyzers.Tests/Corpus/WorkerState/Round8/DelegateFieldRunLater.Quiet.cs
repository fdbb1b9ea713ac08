// Twin: the stored delegate is posted to the worker's own dispatcher.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R8.DelegateFieldRunLaterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Queue<int> Idle = new();
}

public sealed class Maintenance
{
    private Action? _flush;
    private Dispatcher? _home;

    public void Prepare()
    {
        var pool = ConnectionPool.Current;
        _home = Dispatcher.Current;
        _flush = () => pool.Idle.Clear();
    }

    public void Run() => _home!.Post(_flush!);
}

// WEFT0004: a flush delegate over the worker's pool is stored in a field by one method and handed to Task.Run by
// another. Reported where the delegate is stored or handed over: #escape.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.DelegateFieldRunLater;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Queue<int> Idle = new();
}

public sealed class Maintenance
{
    private Action? _flush;

    public void Prepare()
    {
        var pool = ConnectionPool.Current;
        _flush = () => pool.Idle.Clear(); // expect: WEFT0004 #escape
    }

    public Task RunAsync() => Task.Run(_flush!); // expect: WEFT0004 #escape
}

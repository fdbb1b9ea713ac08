// Quiet: the home dispatcher kept in a field and used in the same method it was set in (separates "field set in
// another method" from "a field at all" in DelegateFieldRunLater.Quiet).
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R8.HomeFieldSameMethod;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Queue<int> Idle = new();
}

public sealed class Maintenance
{
    private Dispatcher? _home;

    public void Schedule()
    {
        var pool = ConnectionPool.Current;
        _home = Dispatcher.Current;
        _home!.Post(() => pool.Idle.Clear());
    }
}

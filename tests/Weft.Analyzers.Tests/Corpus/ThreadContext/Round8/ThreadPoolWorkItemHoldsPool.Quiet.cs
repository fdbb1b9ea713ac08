// Twin: the work item is an IDispatcherWorkItem posted to the worker's own dispatcher.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R8.ThreadPoolWorkItemHoldsPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Queue<int> Idle = new();
}

public sealed class DrainItem(ConnectionPool pool) : IDispatcherWorkItem
{
    public void Execute() => pool.Idle.Clear();
}

public static class Drain
{
    public static void Start() => Dispatcher.Current!.Post(new DrainItem(ConnectionPool.Current));
}

// The clean twin: the registry is a ConcurrentDictionary (quiet by the page: concurrent collections).
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.R8.PoolRegistryFactoryComponentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    private readonly System.Collections.Generic.Queue<int> _idle = new();
    public string Owner { get; }

    public ConnectionPool(string owner) => Owner = owner;

    public int IdleCount => _idle.Count;

    public void Return(int handle) => _idle.Enqueue(handle);

    public int Rent() => _idle.Count > 0 ? _idle.Dequeue() : -1;

    [WorkerUpdate] public void CloseIdle() => _idle.Clear();
}

public sealed class PoolAdmin
{
    private readonly WorkerPool _pool;
    private readonly ConcurrentDictionary<string, string> _byWorker = new();

    public PoolAdmin(WorkerPool pool) => _pool = pool;

    public Task StartAsync()
    {
        var registry = _byWorker;
        return ConnectionPool.InitializeAsync(_pool, (Dispatcher d) =>
        {
            var created = new ConnectionPool(d.Name);
            registry[d.Name] = created.Owner;
            return created;
        });
    }

    public Task<int> TotalIdleAsync() =>
        _pool.Main.InvokeAsync(() => _pool.Workers.Count);

    public string[] Owners() => _byWorker.Keys.OrderBy(k => k).ToArray();

    public Task CloseIdleAsync() => ConnectionPool.CloseIdleOnAllWorkersAsync(_pool);
}

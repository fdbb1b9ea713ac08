// The clean twin: each worker gets a new pool, and the health check runs on the worker's own loop.
using System;
using System.Collections.Generic;
using System.Net;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.WorkerState.R8.ConnectionPoolComponentQuiet;

public sealed class PooledUpstream(Connection connection)
{
    public Connection Connection { get; } = connection;
    public DateTime LastUsed { get; set; } = DateTime.UtcNow;
    public bool Healthy { get; set; } = true;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamPool
{
    private readonly Stack<PooledUpstream> _idle = new();
    public int Created { get; private set; }

    public IReadOnlyCollection<PooledUpstream> Idle => _idle;

    public PooledUpstream Rent(Dispatcher loop, EndPoint upstream)
    {
        while (_idle.TryPop(out var pooled))
        {
            if (pooled.Healthy && pooled.Connection.State == ConnectionState.Open)
            {
                pooled.LastUsed = DateTime.UtcNow;
                return pooled;
            }
        }

        Created++;
        var connection = Connection.Connect(loop, upstream, static (c, data) => { }, static (c, e) => { });
        return new PooledUpstream(connection);
    }

    public void Return(PooledUpstream pooled) => _idle.Push(pooled);

    [WorkerUpdate] public void Drain() => _idle.Clear();
}

public static class PoolSetup
{
    public static void Start(WorkerPool pool) => UpstreamPool.Initialize(pool, _ => new UpstreamPool());

    public static void CheckHealth()
    {
        var pool = UpstreamPool.Current;
        Dispatcher.Current!.Post(() =>
        {
            foreach (var pooled in pool.Idle)
            {
                pooled.Healthy = DateTime.UtcNow - pooled.LastUsed < TimeSpan.FromMinutes(5);
            }
        });
    }
}

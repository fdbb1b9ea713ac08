// A realistic component: a per-worker upstream connection pool on Weft.Net. Two defects: the factory hands every
// worker the one template pool (WEFT0008), and the health check walks the worker's idle connections on the thread
// pool with Parallel.ForEach (WEFT0004).
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.WorkerState.R8.ConnectionPoolComponent;

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
    private static readonly UpstreamPool s_template = new();

    public static void Start(WorkerPool pool) => UpstreamPool.Initialize(pool, _ => s_template); // expect: WEFT0008

    public static void CheckHealth()
    {
        var pool = UpstreamPool.Current;
        Parallel.ForEach(pool.Idle, pooled => // expect: WEFT0004 #escape
            pooled.Healthy = DateTime.UtcNow - pooled.LastUsed < TimeSpan.FromMinutes(5)); // expect: WEFT0004 #escape
    }
}

// Per-worker connection pool with an idle sweeper. Defect: IdleSweeper's constructor stashes the worker's pool in a
// field and StartSweeping hands a method group over it to Task.Run, so Sweep runs on the thread pool (WEFT0004 at
// the hand-off: the page lists method groups and fields set in another method/type).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus6b.ConnectionPoolSweeper;

public sealed class PooledConnection
{
    public PooledConnection(string host) { Host = host; LastUsed = DateTime.UtcNow; }
    public string Host { get; }
    public DateTime LastUsed { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    private readonly Dictionary<string, Stack<PooledConnection>> _idle = new();

    public PooledConnection Rent(string host) =>
        _idle.TryGetValue(host, out var stack) && stack.Count > 0 ? stack.Pop() : new PooledConnection(host);

    public void Return(PooledConnection connection)
    {
        connection.LastUsed = DateTime.UtcNow;
        if (!_idle.TryGetValue(connection.Host, out var stack))
        {
            stack = new Stack<PooledConnection>();
            _idle[connection.Host] = stack;
        }
        stack.Push(connection);
    }

    public int Sweep(TimeSpan maxIdle)
    {
        int removed = 0;
        DateTime cutoff = DateTime.UtcNow - maxIdle;
        foreach (var host in new List<string>(_idle.Keys))
        {
            if (_idle[host].Count > 0 && _idle[host].Peek().LastUsed < cutoff)
            {
                removed += _idle[host].Count;
                _idle.Remove(host);
            }
        }
        return removed;
    }
}

public sealed class IdleSweeper
{
    private readonly ConnectionPool _pool;
    private readonly TimeSpan _maxIdle;

    public IdleSweeper(ConnectionPool pool, TimeSpan maxIdle)
    {
        _pool = pool;
        _maxIdle = maxIdle;
    }

    public int SweepOnce() => _pool.Sweep(_maxIdle);
}

public static class WorkerStartup
{
    public static void StartSweeping(TimeSpan maxIdle)
    {
        var sweeper = new IdleSweeper(ConnectionPool.Current, maxIdle);
        _ = Task.Run(sweeper.SweepOnce); // expect: WEFT0004
    }
}

// Quiet twin of ConnectionPoolSweeper: the sweep runs on a timer of the worker's own loop (Dispatcher.Current).
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
        Dispatcher.Current!.CreateTimer(() => sweeper.SweepOnce()).Enable(TimeSpan.FromSeconds(30));
    }
}

// Application-style: a per-worker upstream connection pool on Weft.Net. Connections are acquired and released on the
// worker's loop, idle ones are closed by a loop timer. Defects: a shutdown hook registered on a CancellationToken
// clears the worker's idle table from whatever thread cancels (WEFT0004: "CancellationToken.Register callbacks run on
// whatever thread cancels"), and a static count of created connections is bumped by every worker (WEFT0006).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.Idioms.R9.UpstreamConnectionPool;

public sealed record IdleEntry(Connection Connection, long IdleSince);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamPool
{
    private static long s_created;
    private readonly Dictionary<EndPoint, Stack<IdleEntry>> _idle = new();
    private DispatcherTimer? _reaper;

    public static long Created => Interlocked.Read(ref s_created);

    public Connection Acquire(EndPoint upstream, ConnectionDataHandler onData, ConnectionEventHandler onEvent)
    {
        if (_idle.TryGetValue(upstream, out Stack<IdleEntry>? stack))
        {
            while (stack.TryPop(out IdleEntry? entry))
            {
                if (entry.Connection.State == ConnectionState.Open)
                {
                    return entry.Connection;
                }
            }
        }

        Interlocked.Increment(ref s_created);
        return Connection.Connect(Dispatcher.Current!, upstream, onData, onEvent);
    }

    public void Release(EndPoint upstream, Connection connection)
    {
        if (connection.State != ConnectionState.Open)
        {
            return;
        }

        if (!_idle.TryGetValue(upstream, out Stack<IdleEntry>? stack))
        {
            _idle[upstream] = stack = new Stack<IdleEntry>();
        }

        stack.Push(new IdleEntry(connection, Environment.TickCount64));
        _reaper ??= StartReaper();
    }

    public void CloseIdleOnShutdown(CancellationToken stopping)
    {
        Dictionary<EndPoint, Stack<IdleEntry>> idle = _idle;
        Dispatcher home = Dispatcher.Current!;
        stopping.Register(() => home.Post(() => idle.Clear()));
    }

    private DispatcherTimer StartReaper()
    {
        DispatcherTimer timer = Dispatcher.Current!.CreateTimer(Reap);
        timer.Enable(TimeSpan.FromSeconds(5));
        return timer;
    }

    private void Reap()
    {
        long cutoff = Environment.TickCount64 - 30_000;
        foreach ((EndPoint upstream, Stack<IdleEntry> stack) in _idle.ToList())
        {
            var keep = stack.Where(e => e.IdleSince >= cutoff && e.Connection.State == ConnectionState.Open).Reverse().ToList();
            foreach (IdleEntry stale in stack.Except(keep))
            {
                stale.Connection.Close();
            }

            _idle[upstream] = new Stack<IdleEntry>(keep);
        }

        _reaper?.Enable(TimeSpan.FromSeconds(5));
    }
}

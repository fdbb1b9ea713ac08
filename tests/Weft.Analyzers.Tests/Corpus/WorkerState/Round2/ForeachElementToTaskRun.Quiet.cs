// Round 2. Only each connection's host name (an immutable string) goes to the thread pool, to be logged.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.Round2.ForeachElement;

public sealed class PooledConnection
{
    public string Host { get; init; } = "";
    public bool Closed { get; private set; }

    public void Close() => Closed = true;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public List<PooledConnection> Idle { get; } = new();
}

public static class Reaper
{
    public static void CloseIdle()
    {
        foreach (var connection in ConnectionPool.Current.Idle)
        {
            string host = connection.Host;
            connection.Close();
            _ = Task.Run(() => Console.WriteLine($"closed {host}"));
        }
    }
}

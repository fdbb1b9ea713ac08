// Round 2. Each idle connection is an object the worker owns through its pool; closing them on the thread pool races
// the worker that still uses them.
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
            _ = Task.Run(() => connection.Close()); // expect: WEFT0004
        }
    }
}

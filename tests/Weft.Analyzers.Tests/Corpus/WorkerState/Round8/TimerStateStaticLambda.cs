// WEFT0004: the worker's pool goes to a System.Threading.Timer as its state; the static lambda casts it back.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.R8.TimerStateStaticLambda;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Stack<int> Idle = new();
}

public static class Reaper
{
    public static Timer Start()
    {
        var pool = ConnectionPool.Current;
        return new Timer(static state => ((ConnectionPool)state!).Idle.Clear(), pool, 30_000, 30_000); // expect: WEFT0004
    }
}

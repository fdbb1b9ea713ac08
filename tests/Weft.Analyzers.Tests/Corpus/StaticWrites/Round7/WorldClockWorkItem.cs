// Game server: main posts a work item (IDispatcherWorkItem) to every worker to advance the world clock; Execute runs
// on each worker's loop and bumps a static tick counter and a static list of late workers — worker code writing
// statics from every worker at once. Twin: Interlocked and a ConcurrentQueue.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.WorldClockWorkItem;

public static class WorldClock
{
    public static long s_ticks;
    public static readonly List<string> s_late = new();
}

public sealed class AdvanceClock : IDispatcherWorkItem
{
    private readonly long _postedAt;

    public AdvanceClock(long postedAt) => _postedAt = postedAt;

    public void Execute()
    {
        WorldClock.s_ticks++; // expect: WEFT0006
        if (System.Environment.TickCount64 - _postedAt > 50)
        {
            WorldClock.s_late.Add(Dispatcher.Current?.Name ?? "?"); // expect: WEFT0006
        }
    }
}

public sealed class ClockDriver
{
    private readonly WorkerPool _pool;

    public ClockDriver(WorkerPool pool) => _pool = pool;

    public void Tick()
    {
        long now = System.Environment.TickCount64;
        foreach (Dispatcher worker in _pool.Workers) worker.Post(new AdvanceClock(now));
    }
}

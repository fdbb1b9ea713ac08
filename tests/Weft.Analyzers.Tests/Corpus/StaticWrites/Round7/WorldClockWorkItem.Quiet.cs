// Quiet twin of WorldClockWorkItem: the tick uses Interlocked.Increment and late workers go to a ConcurrentQueue.
using System.Collections.Concurrent;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.WorldClockWorkItem;

public static class WorldClock
{
    public static long s_ticks;
    public static readonly ConcurrentQueue<string> s_late = new();
}

public sealed class AdvanceClock : IDispatcherWorkItem
{
    private readonly long _postedAt;

    public AdvanceClock(long postedAt) => _postedAt = postedAt;

    public void Execute()
    {
        Interlocked.Increment(ref WorldClock.s_ticks);
        if (System.Environment.TickCount64 - _postedAt > 50)
        {
            WorldClock.s_late.Enqueue(Dispatcher.Current?.Name ?? "?");
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

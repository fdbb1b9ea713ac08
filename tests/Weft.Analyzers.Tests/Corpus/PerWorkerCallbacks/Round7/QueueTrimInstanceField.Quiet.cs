// Quiet twin of QueueTrimInstanceField: the field is bumped with Interlocked.Add.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.QueueTrimInstanceField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WaitQueue
{
    private readonly List<string> _players = new();

    public void Join(string player) => _players.Add(player);

    public int Trim(int max)
    {
        int over = Math.Max(0, _players.Count - max);
        _players.RemoveRange(_players.Count - over, over);
        return over;
    }
}

public sealed class QueueCoordinator
{
    private readonly WorkerPool _pool;
    private readonly Action<string> _log;
    private int _evicted;

    public QueueCoordinator(WorkerPool pool, Action<string> log)
    {
        _pool = pool;
        _log = log;
    }

    public void Rebalance(int max)
    {
        _evicted = 0;
        WaitQueue.UpdateAll(
            _pool,
            queue => Interlocked.Add(ref _evicted, queue.Trim(max)),
            () => _log($"rebalance evicted {Volatile.Read(ref _evicted)} tickets"));
    }
}

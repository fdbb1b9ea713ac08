// Quiet twin of OwnEventRaisedInCallback: OnIdle counts with Interlocked.Increment.
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.OwnEventRaisedInCallback;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Conns
{
    public int Open;
}

public sealed class IdleMonitor
{
    private int _idle;

    public event Action? Idle;

    public IdleMonitor() => Idle += OnIdle;

    private void OnIdle() => Interlocked.Increment(ref _idle);

    public async Task<int> SweepAsync(WorkerPool pool)
    {
        await Conns.UpdateAllAsync(pool, c =>
        {
            if (c.Open == 0) Idle?.Invoke();
        });
        return _idle;
    }
}

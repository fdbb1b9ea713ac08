// Quiet twin of HandlerSubscribedBeforeSweep: OnIdle counts with Interlocked.Increment.
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.HandlerSubscribedBeforeSweep;

public sealed class Scanner
{
    public event Action? Idle;
    public void Scan(int open)
    {
        if (open == 0) Idle?.Invoke();
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Conns
{
    public int Open;
}

public sealed class IdleMonitor
{
    private int _idle;

    private void OnIdle() => Interlocked.Increment(ref _idle);

    public async Task<int> SweepAsync(WorkerPool pool)
    {
        var scanner = new Scanner();
        scanner.Idle += OnIdle;
        await Conns.UpdateAllAsync(pool, c => scanner.Scan(c.Open));
        return _idle;
    }
}

// Quiet twin of LambdaHandlerFieldScanner: the lambda counts with Interlocked.Increment.
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.LambdaHandlerFieldScanner;

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
    private readonly Scanner _scanner = new();

    public IdleMonitor() => _scanner.Idle += () => Interlocked.Increment(ref _idle);

    public async Task<int> SweepAsync(WorkerPool pool)
    {
        await Conns.UpdateAllAsync(pool, c => _scanner.Scan(c.Open));
        return _idle;
    }
}

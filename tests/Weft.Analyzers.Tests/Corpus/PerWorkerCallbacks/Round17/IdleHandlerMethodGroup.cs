// WEFT0008: an instance method group added as a handler to a user event (`scanner.Idle += OnIdle;`), the callback run on
// every thread raises it through the scanner's method. Page: "an instance method group added as a handler ... runs on
// its subscriber, so _idle++ in OnIdle is reported at that write".
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.IdleHandlerMethodGroup;

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

    public IdleMonitor() => _scanner.Idle += OnIdle;

    private void OnIdle() => _idle++; // expect: WEFT0008

    public async Task<int> SweepAsync(WorkerPool pool)
    {
        await Conns.UpdateAllAsync(pool, c => _scanner.Scan(c.Open));
        return _idle;
    }
}

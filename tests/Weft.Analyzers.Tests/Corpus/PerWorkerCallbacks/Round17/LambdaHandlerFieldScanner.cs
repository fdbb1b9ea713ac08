// WEFT0008: as IdleHandlerMethodGroup (scanner in a field, subscribed in the constructor, raised through Scan in the
// callback), but the handler is a lambda: `_scanner.Idle += () => _idle++;`. Page: "the handlers of one of your events
// it raises, added by any class — in a lambda or local function too". Reported at the write in the lambda.
using System;
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

    public IdleMonitor() => _scanner.Idle += () => _idle++; // expect: WEFT0008

    public async Task<int> SweepAsync(WorkerPool pool)
    {
        await Conns.UpdateAllAsync(pool, c => _scanner.Scan(c.Open));
        return _idle;
    }
}

// WEFT0008: as IdleHandlerMethodGroup, but the scanner is a local made in the same method, `scanner.Idle += OnIdle;`
// is written there, and the callback raises the event through `scanner.Scan(...)`. Page: "the handlers of one of your
// events it raises, added by any class ... an instance method group added as a handler (scanner.Idle += OnIdle;) runs
// on its subscriber, so _idle++ in OnIdle is reported at that write". Reading: raising through the scanner's own method
// (a helper of the same compilation, followed by its summary) is the callback raising it.
using System;
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

    private void OnIdle() => _idle++; // expect: WEFT0008

    public async Task<int> SweepAsync(WorkerPool pool)
    {
        var scanner = new Scanner();
        scanner.Idle += OnIdle;
        await Conns.UpdateAllAsync(pool, c => scanner.Scan(c.Open));
        return _idle;
    }
}

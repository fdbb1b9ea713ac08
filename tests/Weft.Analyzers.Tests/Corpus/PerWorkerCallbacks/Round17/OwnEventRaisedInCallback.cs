// WEFT0008: the enclosing class's own event, its handler an instance method group subscribed in the constructor, is
// raised directly in the UpdateAllAsync callback. Page: "the handlers of one of your events it raises, added by any
// class ... an instance method group added as a handler ... so _idle++ in OnIdle is reported at that write". (Probe
// beside IdleHandlerMethodGroup: raised in the callback itself, not through another object's method.)
using System;
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

    private void OnIdle() => _idle++; // expect: WEFT0008

    public async Task<int> SweepAsync(WorkerPool pool)
    {
        await Conns.UpdateAllAsync(pool, c =>
        {
            if (c.Open == 0) Idle?.Invoke();
        });
        return _idle;
    }
}

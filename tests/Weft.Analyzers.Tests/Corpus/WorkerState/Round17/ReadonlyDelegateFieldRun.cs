// WEFT0004: inside a per-worker type, a read-only delegate field assigned a lambda in its constructor over the
// type's own field is handed to ThreadPool.QueueUserWorkItem. Page: "A read-only delegate field or get-only property
// initialized with a lambda — by its initializer or by an assignment in one of its type's constructors — runs that lambda where it is handed over"; "A capture is reported
// inside the lambda". Reported in the constructor's lambda at the use of _seen.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R17.WorkerState.ReadonlyDelegateFieldRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Dedup
{
    private readonly HashSet<long> _seen = new();
    private readonly WaitCallback _reset;

    public Dedup()
    {
        _reset = _ => _seen.Clear(); // expect: WEFT0004
    }

    public void ResetSoon() => ThreadPool.QueueUserWorkItem(_reset);

    public bool Add(long id) => _seen.Add(id);
}

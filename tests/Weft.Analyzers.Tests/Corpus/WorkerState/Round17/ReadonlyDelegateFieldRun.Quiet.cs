// Quiet twin of ReadonlyDelegateFieldRun: the delegate is posted to the worker's own loop (Dispatcher.Current).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.ReadonlyDelegateFieldRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Dedup
{
    private readonly HashSet<long> _seen = new();
    private readonly Action _reset;

    public Dedup()
    {
        _reset = () => _seen.Clear();
    }

    public void ResetSoon() => Dispatcher.Current!.Post(_reset);

    public bool Add(long id) => _seen.Add(id);
}

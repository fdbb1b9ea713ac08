// The mutation is in the update, which runs on every worker at once, not in the completion.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.Completion;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pending
{
    public Queue<string> Items { get; } = new();
}

public sealed class Drainer
{
    private int _drained;

    public int Drained => _drained;

    public void Drain(WorkerPool pool)
    {
        Pending.UpdateAll(pool, p => { _drained += p.Items.Count; p.Items.Clear(); }, () => { }); // expect: WEFT0008
    }
}

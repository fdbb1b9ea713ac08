// Completion callbacks run once, on main: they may change captured state. The update itself only touches its own
// instance.
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
    private int _rounds;

    public int Rounds => _rounds;

    public void Drain(WorkerPool pool)
    {
        var finished = new List<int>();
        Pending.UpdateAll(pool, p => p.Items.Clear(), () =>
        {
            _rounds++;
            finished.Add(_rounds);
        });
    }
}

// WEFT0008: the callback calls an instance method of the enclosing object that sets one of its auto-properties (its
// backing field). Page: "an instance method of the enclosing object it calls that assigns one of that object's fields
// (MarkBusy() doing _busy++: reported at the call)". Reading: an auto-property's hidden backing field is such a field; and a lock taken inside the called method counts as "under lock inside the callback" (quiet twin).
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.AutoPropertyOfEnclosing;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Queue
{
    public int Depth;
}

public sealed class DepthProbe
{
    public int Deepest { get; private set; }

    private void Observe(int depth)
    {
        if (depth > Deepest) Deepest = depth;
    }

    public Task ProbeAsync(WorkerPool pool) =>
        Queue.UpdateAllAsync(pool, q => Observe(q.Depth)); // expect: WEFT0008
}

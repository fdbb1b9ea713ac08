// Quiet twin of AutoPropertyOfEnclosing: Observe takes a lock around its check-and-set (writes under lock are quiet).
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
    private readonly object _gate = new();
    public int Deepest { get; private set; }

    private void Observe(int depth)
    {
        lock (_gate)
        {
            if (depth > Deepest) Deepest = depth;
        }
    }

    public Task ProbeAsync(WorkerPool pool) =>
        Queue.UpdateAllAsync(pool, q => Observe(q.Depth));
}

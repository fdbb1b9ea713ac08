// The per-worker factory bumps a field of the enclosing object on every thread.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.FactoryCounter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pool
{
    public Pool(int id) => Id = id;
    public int Id { get; }
    public Stack<object> Free { get; } = new();
}

public sealed class PoolSetup
{
    private int _created;

    public Task InitializeAsync(WorkerPool pool)
    {
        return Pool.InitializeAsync(pool, dispatcher => new Pool(_created++)); // expect: WEFT0008
    }
}

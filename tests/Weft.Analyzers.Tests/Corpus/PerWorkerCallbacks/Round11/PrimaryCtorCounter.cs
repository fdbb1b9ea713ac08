// A service with a primary constructor captures an int parameter as its counter (a hidden field); the update it hands
// to every worker adds to it.
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.PrimaryCtorCounter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Idle
{
    public int Evict() => 1;
}

public sealed class Reaper(WorkerPool pool, int reaped)
{
    public int Reaped => reaped;

    public Task RunAsync() => Idle.UpdateAllAsync(pool, idle => reaped += idle.Evict()); // expect: WEFT0008
}

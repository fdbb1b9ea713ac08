// Quiet twin: the captured parameter is added to with Interlocked.Add.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.PrimaryCtorCounterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Idle
{
    public int Evict() => 1;
}

public sealed class Reaper(WorkerPool pool, int reaped)
{
    public int Reaped => Volatile.Read(ref reaped);

    public Task RunAsync() => Idle.UpdateAllAsync(pool, idle => Interlocked.Add(ref reaped, idle.Evict()));
}

// Round 2. The broadcast argument is a value type, but the array inside it is one object shared by every worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round2.RecordStruct;

public readonly record struct Batch(string Name, string[] Keys);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Invalidator
{
    private readonly HashSet<string> _stale = new();

    [WorkerUpdate]
    public void Invalidate(Batch batch) => _stale.UnionWith(batch.Keys);
}

public static class Admin
{
    public static Task InvalidateAsync(WorkerPool pool, string[] keys) =>
        Invalidator.InvalidateOnAllWorkersAsync(pool, new Batch("manual", keys)); // expect: WEFT0007
}

// Round 2. The value-type argument holds an ImmutableArray: nothing in it can change.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round2.RecordStruct;

public readonly record struct Batch(string Name, ImmutableArray<string> Keys);

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
        Invalidator.InvalidateOnAllWorkersAsync(pool, new Batch("manual", ImmutableArray.Create(keys)));
}

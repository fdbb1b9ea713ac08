// Twin: the elements are a sealed positional record.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.ImmutableArrayOfMutableElementsQuiet;

public sealed record RouteLimit(string Route, int PerSecond);

public sealed record LimitBatch(long Version, ImmutableArray<RouteLimit> Limits);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    private readonly Dictionary<string, int> _limits = new();

    [WorkerUpdate] public void Load(LimitBatch batch) { foreach (var l in batch.Limits) _limits[l.Route] = l.PerSecond; }
}

public static class Admin
{
    public static Task LoadAsync(WorkerPool pool, ImmutableArray<RouteLimit> limits) =>
        Limiter.LoadOnAllWorkersAsync(pool, new LimitBatch(1, limits));
}

// Quiet twin of AsReadOnlyArgument: an ImmutableArray copy of the admin's list is broadcast.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.AsReadOnlyArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class CorsPolicy
{
    IReadOnlyList<string> _origins = [];

    [WorkerUpdate]
    void SetOrigins(ImmutableArray<string> origins) => _origins = origins;
}

public sealed class CorsAdmin
{
    readonly List<string> _origins = new() { "https://app.local" };

    public Task AllowAsync(WorkerPool pool, string origin)
    {
        _origins.Add(origin);
        return CorsPolicy.SetOriginsOnAllWorkersAsync(pool, _origins.ToImmutableArray());
    }
}

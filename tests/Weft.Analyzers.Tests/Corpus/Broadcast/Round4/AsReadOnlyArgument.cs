// WEFT0007: a ReadOnlyCollection view (List.AsReadOnly) is broadcast: the caller keeps the list behind it and may
// still change it. Reading taken: WEFT0001 counts "a read-only *view* (`ReadOnlyCollection<T>`…) — someone can still
// hold the list behind it" as mutable, and WEFT0007's Fixes tie its judgement to WEFT0001's. The file also
// triggers WEFT0002 (found by the run, kept honestly): the field's list is the source of a view an earlier call
// published ([Published] argument), so the Add above the broadcast changes what workers read (WEFT0002 page,
// *Published fields*).
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.AsReadOnlyArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class CorsPolicy
{
    IReadOnlyList<string> _origins = [];

    [WorkerUpdate]
    void SetOrigins(ReadOnlyCollection<string> origins) => _origins = origins;
}

public sealed class CorsAdmin
{
    readonly List<string> _origins = new() { "https://app.local" };

    public Task AllowAsync(WorkerPool pool, string origin)
    {
        _origins.Add(origin); // expect: WEFT0002
        return CorsPolicy.SetOriginsOnAllWorkersAsync(pool, _origins.AsReadOnly()); // expect: WEFT0007
    }
}

// The copy idiom done wrong: the snapshot gets a read-only view of the loader's list instead of a copy.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.Copies;

[ThreadLocalSlot]
public sealed partial class Endpoints
{
    public IReadOnlyList<string> All { get; init; } = []; // expect: WEFT0001
}

public sealed class EndpointLoader(WorkerPool pool)
{
    private readonly List<string> _all = new();

    public async Task OnChangeAsync(string endpoint)
    {
        await Endpoints.PublishAsync(pool, new Endpoints { All = _all.AsReadOnly() });
        _all.Sort(); // expect: WEFT0002
    }
}

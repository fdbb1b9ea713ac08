// The loader keeps one mutable list and reuses it; every publish gets a copy (collection expression, ToImmutable,
// ToFrozenSet), so writing the list afterwards is fine.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.Copies;

[ThreadLocalSlot]
public sealed partial class Endpoints
{
    public ImmutableArray<string> All { get; init; }
    public FrozenSet<string> Healthy { get; init; } = FrozenSet<string>.Empty;
}

public sealed class EndpointLoader(WorkerPool pool)
{
    private readonly List<string> _all = new();
    private readonly HashSet<string> _healthy = new();

    public async Task OnChangeAsync(string endpoint, bool healthy)
    {
        _all.Add(endpoint);
        if (healthy)
        {
            _healthy.Add(endpoint);
        }
        else
        {
            _healthy.Remove(endpoint);
        }

        await Endpoints.PublishAsync(pool, new Endpoints { All = [.. _all], Healthy = _healthy.ToFrozenSet() });
        _all.Sort();
        _healthy.RemoveWhere(e => e.Length == 0);
    }
}

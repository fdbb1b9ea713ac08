// Changing a snapshot the immutable way: SetItem/Add/Remove return new collections, `with` builds a new record,
// and the result is published on main.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.Republish;

[ThreadLocalSlot]
public sealed partial record Routing
{
    public ImmutableDictionary<string, string> ByPrefix { get; init; } = ImmutableDictionary<string, string>.Empty;
    public ImmutableList<string> Order { get; init; } = ImmutableList<string>.Empty;
    public int Generation { get; init; }
}

public sealed class RoutingAdmin(WorkerPool pool)
{
    private Routing _latest = new();

    public async Task AddAsync(string prefix, string cluster)
    {
        var next = _latest with
        {
            ByPrefix = _latest.ByPrefix.SetItem(prefix, cluster),
            Order = _latest.Order.Add(prefix),
            Generation = _latest.Generation + 1,
        };
        await Routing.PublishAsync(pool, next);
        _latest = next;
    }

    public Task RemoveAsync(string prefix)
    {
        _latest = _latest with { ByPrefix = _latest.ByPrefix.Remove(prefix), Order = _latest.Order.Remove(prefix) };
        return Routing.PublishAsync(pool, _latest);
    }
}

// The republish idiom done wrong: the last published snapshot is edited in place and published again.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.Republish;

[ThreadLocalSlot]
public sealed partial record Routing
{
    public Dictionary<string, string> ByPrefix { get; init; } = new(); // expect: WEFT0001
    public int Generation { get; init; }
}

public sealed class RoutingAdmin(WorkerPool pool)
{
    private Routing _latest = new();

    public async Task StartAsync()
    {
        _latest = new Routing { Generation = 1 };
        await Routing.PublishAsync(pool, _latest);
    }

    public async Task AddAsync(string prefix, string cluster)
    {
        _latest.ByPrefix[prefix] = cluster; // expect: WEFT0002
        await Routing.PublishAsync(pool, _latest with { Generation = _latest.Generation + 1 });
    }
}

// Route policy on main: a new version is derived from the published one with a record `with`, then gets an extra
// header. Defect: `with` copies the reference to the header list, so the Add writes the list the previous
// (published) version still holds (WEFT0002: an alias of a collection placed inside the published object).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.RoutePolicyWithShallow;

public sealed record RoutePolicy(int Version, List<string> AddHeaders, int TimeoutMs);

public sealed class PolicyManager
{
    private readonly Slot<RoutePolicy> _slot;
    private RoutePolicy _current = new(1, new List<string> { "x-proxy: weft" }, 5000);

    public PolicyManager(WorkerPool pool) => _slot = pool.AllocateSlot<RoutePolicy>();

    public Task StartAsync() => _slot.PublishAsync(_current);

    public Task AddHeaderAsync(string header)
    {
        RoutePolicy next = _current with { Version = _current.Version + 1 };
        next.AddHeaders.Add(header); // expect: WEFT0002
        _current = next;
        return _slot.PublishAsync(next);
    }
}

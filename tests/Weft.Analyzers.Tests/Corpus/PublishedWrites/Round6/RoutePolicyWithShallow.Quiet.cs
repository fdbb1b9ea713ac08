// Quiet twin of RoutePolicyWithShallow: the new version gets its own list.
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
        RoutePolicy next = _current with { Version = _current.Version + 1, AddHeaders = new List<string>(_current.AddHeaders) };
        next.AddHeaders.Add(header);
        _current = next;
        return _slot.PublishAsync(next);
    }
}

// Upstream registry on main built with a primary constructor: it publishes the member list it was given, and
// later registrations add to that same list (WEFT0002: a primary-constructor parameter its members use is a
// field, published state once a method publishes it).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.UpstreamSetPrimaryCtor;

public sealed record Upstream(string Host, int Port);

public sealed class UpstreamRegistry(Slot<IReadOnlyList<Upstream>> slot, List<Upstream> members)
{
    public Task PublishAsync() => slot.PublishAsync(members);

    public Task RegisterAsync(Upstream upstream)
    {
        members.Add(upstream); // expect: WEFT0002
        return PublishAsync();
    }
}

public static class Startup
{
    public static async Task<UpstreamRegistry> StartAsync(WorkerPool pool)
    {
        Slot<IReadOnlyList<Upstream>> slot = pool.AllocateSlot<IReadOnlyList<Upstream>>();
        var registry = new UpstreamRegistry(slot, new List<Upstream> { new("10.0.0.1", 6379) });
        await registry.PublishAsync();
        return registry;
    }
}

// Quiet twin of UpstreamSetPrimaryCtor: the registry keeps an immutable list and publishes each new version.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.UpstreamSetPrimaryCtor;

public sealed record Upstream(string Host, int Port);

public sealed class UpstreamRegistry(Slot<IReadOnlyList<Upstream>> slot, ImmutableList<Upstream> members)
{
    public Task PublishAsync() => slot.PublishAsync(members);

    public Task RegisterAsync(Upstream upstream)
    {
        members = members.Add(upstream);
        return PublishAsync();
    }
}

public static class Startup
{
    public static async Task<UpstreamRegistry> StartAsync(WorkerPool pool)
    {
        Slot<IReadOnlyList<Upstream>> slot = pool.AllocateSlot<IReadOnlyList<Upstream>>();
        var registry = new UpstreamRegistry(slot, ImmutableList.Create(new Upstream("10.0.0.1", 6379)));
        await registry.PublishAsync();
        return registry;
    }
}

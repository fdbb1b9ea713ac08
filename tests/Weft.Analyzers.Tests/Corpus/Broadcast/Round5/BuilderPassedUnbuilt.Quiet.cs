// Quiet twin of BuilderPassedUnbuilt: the builder is turned into an ImmutableArray before the broadcast.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.BuilderPassedUnbuiltQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly HashSet<string> _hosts = new();

    [WorkerUpdate]
    private void AddHosts(IReadOnlyList<string> hosts) => _hosts.UnionWith(hosts);
}

public static class Admin
{
    public static Task Add(WorkerPool pool, IEnumerable<string> lines)
    {
        ImmutableArray<string>.Builder builder = ImmutableArray.CreateBuilder<string>();
        foreach (string line in lines)
        {
            builder.Add(line.Trim());
        }

        return HostCache.AddHostsOnAllWorkersAsync(pool, builder.ToImmutable());
    }
}

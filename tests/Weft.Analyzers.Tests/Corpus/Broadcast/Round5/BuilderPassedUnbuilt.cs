// WEFT0007: an ImmutableArray builder is filled and then passed itself (a mutable Builder, an IReadOnlyList<string>) to the
// generated broadcast, instead of its ToImmutable() result.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.BuilderPassedUnbuilt;

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

        return HostCache.AddHostsOnAllWorkersAsync(pool, builder); // expect: WEFT0007
    }
}

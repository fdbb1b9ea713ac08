// WEFT0007: a virtual method called through the base is judged by the returns of every override in the code and the
// base body: one override hands back its List<string>.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly HashSet<string> _hosts = new();

    [WorkerUpdate]
    public void AddHosts(IReadOnlyList<string> hosts)
    {
        foreach (var h in hosts) _hosts.Add(h);
    }
}

public class HostSource
{
    public virtual IReadOnlyList<string> Hosts() => ImmutableArray.Create("a");
}

public sealed class DynamicSource : HostSource
{
    private readonly List<string> _live = new() { "b" };
    public override IReadOnlyList<string> Hosts() => _live;
}

public static class VirtualOverrideReturnsList
{
    public static Task Run(WorkerPool pool, HostSource source) =>
        HostCache.AddHostsOnAllWorkersAsync(pool, source.Hosts()); // expect: WEFT0007
}

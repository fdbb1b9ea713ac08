// Quiet twin of ConversionToMutableGroup: the operator builds an immutable HostGroup (ImmutableArray), quiet.
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

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class GroupCache
{
    private int _groups;

    [WorkerUpdate]
    public void AddGroup(HostGroup group) => _groups += group.Count;
}

public sealed class HostGroup
{
    public ImmutableArray<string> Hosts { get; }
    public HostGroup(ImmutableArray<string> hosts) => Hosts = hosts;
    public int Count => Hosts.Length;
    public static implicit operator HostGroup(List<string> hosts) => new(hosts.ToImmutableArray());
}

public static class ConversionToMutableGroup
{
    public static Task Run(WorkerPool pool, List<string> hosts) =>
        GroupCache.AddGroupOnAllWorkersAsync(pool, hosts);
}

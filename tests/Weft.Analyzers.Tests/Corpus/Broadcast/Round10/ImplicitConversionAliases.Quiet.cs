// A [WorkerUpdate] parameter type with an implicit conversion from List<string>: the conversion copies the list into an ImmutableArray.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Broadcast.Round10.ImplicitConversionAliasesQuiet;

public sealed class HostGroup
{
    private HostGroup(ImmutableArray<string> hosts) => Hosts = hosts;

    public ImmutableArray<string> Hosts { get; }

    public static implicit operator HostGroup(List<string> hosts) => new(hosts.ToImmutableArray());
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pool
{
    private HostGroup? _group;

    [WorkerUpdate]
    private void Assign(HostGroup group) => _group = group;
}

public static class Assignments
{
    public static Task Run(WorkerPool pool, List<string> hosts) =>
        Pool.AssignOnAllWorkersAsync(pool, hosts);
}

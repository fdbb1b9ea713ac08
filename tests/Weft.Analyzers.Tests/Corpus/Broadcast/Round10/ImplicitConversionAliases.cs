// A [WorkerUpdate] parameter type with an implicit conversion from List<string>: the conversion keeps the caller's
// list inside the new object (the argument is a mutable HostGroup).
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

namespace Corpus.Broadcast.Round10.ImplicitConversionAliases;

public sealed class HostGroup
{
    private HostGroup(List<string> hosts) => Hosts = hosts;

    public List<string> Hosts { get; }

    public static implicit operator HostGroup(List<string> hosts) => new(hosts);
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
        Pool.AssignOnAllWorkersAsync(pool, hosts); // expect: WEFT0007
}

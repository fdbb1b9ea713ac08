// Quiet twin of InstanceMethodGroupReturnsField: the method group builds a new instance named after the worker.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.InstanceMethodGroupReturnsFieldQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public sealed class Setup
{
    private readonly string _prefix = "edge-";

    public void Start(WorkerPool pool) => HostCache.Initialize(pool, Provide);

    private HostCache Provide(Dispatcher worker) => new HostCache { Name = _prefix + worker.Name };
}

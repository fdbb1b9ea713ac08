// WEFT0008: the factory is an instance method group (`Initialize(pool, Provide)`) that returns an instance field: every
// worker gets the owner's one object.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.InstanceMethodGroupReturnsField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public sealed class Setup
{
    private readonly HostCache _shared = new();

    public void Start(WorkerPool pool) => HostCache.Initialize(pool, Provide);

    private HostCache Provide(Dispatcher worker) => _shared; // expect: WEFT0008
}

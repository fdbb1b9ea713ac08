// Quiet twin of PrimaryCtorParameterDecrement: the primary-constructor parameter is only read, into the handed instance.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.PrimaryCtorParameterDecrementQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public sealed class Budget(WorkerPool pool, int remaining)
{
    public Task Spend() => HostCache.UpdateAllAsync(pool, cache => cache.Counts[0] = remaining);
}

// WEFT0008: a class's primary-constructor parameter (captured state of the instance) is decremented in an UpdateAllAsync
// callback. Reading: a captured primary-constructor parameter is the instance's state, like an instance field.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.PrimaryCtorParameterDecrement;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public sealed class Budget(WorkerPool pool, int remaining)
{
    public int Remaining => remaining;

    public Task Spend() => HostCache.UpdateAllAsync(pool, cache => remaining -= cache.ByHost.Count); // expect: WEFT0008
}

// WEFT0008: `Slot<T>.SetAsync` with a factory returning a static readonly default instance (one object for all threads).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.SetAsyncStaticDefault;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public sealed class Counters
{
    public static readonly Counters Default = new();
    public long Requests;
}

public static class Setup
{
    public static Task Start(WorkerPool pool)
    {
        Slot<Counters> slot = pool.AllocateSlot<Counters>();
        return slot.SetAsync(_ => Counters.Default); // expect: WEFT0008
    }
}

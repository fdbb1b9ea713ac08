// Quiet twin of SetAsyncStaticDefault: the factory returns a new Counters per thread.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.SetAsyncStaticDefaultQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public sealed class Counters
{
    public static Counters CreateDefault() => new();
    public long Requests;
}

public static class Setup
{
    public static Task Start(WorkerPool pool)
    {
        Slot<Counters> slot = pool.AllocateSlot<Counters>();
        return slot.SetAsync(_ => Counters.CreateDefault());
    }
}

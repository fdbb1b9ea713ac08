// WEFT0008: a span over a captured array (`totals.AsSpan()`, a view) is filled in a RunOnAllThreads callback.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.SpanFillOverCaptured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Reset
{
    public static void All(Slot<HostCache> slot, long[] totals)
    {
        slot.RunOnAllThreads(cache => totals.AsSpan().Fill(cache.ByHost.Count)); // expect: WEFT0008
    }
}

// Quiet twin of SpanFillOverCaptured: the span is over the handed instance's own array.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.SpanFillOverCapturedQuiet;

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
        slot.RunOnAllThreads(cache => cache.Counts.AsSpan().Fill(cache.ByHost.Count));
    }
}

// Quiet twin of ArrayClearCaptured: Array.Clear of the handed instance's own array (the callback's own value).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.ArrayClearCapturedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Reset
{
    public static Task All(WorkerPool pool)
    {
        return HostCache.UpdateAllAsync(pool, cache =>
        {
            Array.Clear(cache.Counts);
            cache.ByHost.Clear();
        });
    }
}

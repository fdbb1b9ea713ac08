// WEFT0008: `Array.Clear` of a captured array (a BCL call that writes its argument) in an UpdateAllAsync callback.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.ArrayClearCaptured;

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
        var scratch = new int[8];
        return HostCache.UpdateAllAsync(pool, cache =>
        {
            Array.Clear(scratch); // expect: WEFT0008
            cache.ByHost.Clear();
        });
    }
}

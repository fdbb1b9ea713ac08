// WEFT0008: collecting one figure per worker into a captured collection. A ConcurrentBag: quiet (the page: concurrent
// collections stay quiet).
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ConcurrentBagOrListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public int Count;
    public int Limit;
    public string Name = "";
    public Dictionary<string, int> Map { get; } = new();
}

public static class Sizes
{
    public static async Task<int> CollectAsync(WorkerPool pool)
    {
        var seen = new ConcurrentBag<int>();
        await Cache.UpdateAllAsync(pool, c => seen.Add(c.Count));
        return seen.Count;
    }
}

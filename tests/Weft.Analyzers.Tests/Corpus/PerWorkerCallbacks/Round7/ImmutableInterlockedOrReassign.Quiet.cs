// WEFT0008: gathering worker names into a captured ImmutableList. Through `ImmutableInterlocked.Update` on the
// captured local: an atomic compare-exchange loop (the page: Interlocked stays quiet; reading: ImmutableInterlocked is
// of the same kind).
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

namespace Corpus7b.ImmutableInterlockedOrReassignQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public int Count;
    public int Limit;
    public string Name = "";
    public Dictionary<string, int> Map { get; } = new();
}

public static class Names
{
    public static async Task<ImmutableList<string>> GatherAsync(WorkerPool pool)
    {
        var names = ImmutableList<string>.Empty;
        await Cache.UpdateAllAsync(pool, c => ImmutableInterlocked.Update(ref names, static (l, n) => l.Add(n), c.Name));
        return names;
    }
}

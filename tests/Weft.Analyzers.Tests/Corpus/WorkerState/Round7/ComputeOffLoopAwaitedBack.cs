// WEFT0004: compute off the loop, write the result into worker state. The await
// is `ConfigureAwait(false)`: the write after it may run on a pool thread.
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

namespace Corpus7b.ComputeOffLoopAwaitedBack;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Refresher
{
    public static async Task RefreshAsync(string key)
    {
        var cache = Cache.Current;
        var value = await Task.Run(() => Compute(key)).ConfigureAwait(false);
        cache.Map[key] = value; // expect: WEFT0004
    }

    private static int Compute(string key) => key.Length * 31;
}

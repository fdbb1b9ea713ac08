// WEFT0008: a nested lambda inside the UpdateAllAsync callback (`List<T>.ForEach`) increments a captured local.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.NestedLambdaIncrementsCaptured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Census
{
    public static async Task<int> CountLong(WorkerPool pool)
    {
        int longNames = 0;
        await HostCache.UpdateAllAsync(pool, cache =>
            cache.ByHost.Keys.ToList().ForEach(key =>
            {
                if (key.Length > 20)
                {
                    longNames++; // expect: WEFT0008
                }
            }));
        return longNames;
    }
}

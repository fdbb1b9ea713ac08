// WEFT0008: an async lambda given to UpdateAllAsync (an async void Action<T>) adds to a captured List after its await;
// the update still runs once per worker, concurrently.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.AsyncUpdateAddsToCaptured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Census
{
    public static Task Collect(WorkerPool pool, Func<Task> settle, List<string> names) =>
        HostCache.UpdateAllAsync(pool, async cache =>
        {
            await settle();
            names.Add(cache.Name); // expect: WEFT0008
        });
}

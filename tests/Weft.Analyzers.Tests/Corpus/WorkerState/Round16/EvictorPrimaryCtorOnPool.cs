// A cache's evictor class with a primary constructor keeps the worker's hit map (its member uses the parameter) and
// clears it from a thread-pool work item. The worker state is handed to the constructor that keeps it: judged by
// what the kept type does with it, reported where it is handed (WEFT0004 at the argument).
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R16.EvictorPrimaryCtorOnPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCache
{
    public Dictionary<string, int> Hits { get; } = new();
}

public sealed class Evictor(Dictionary<string, int> hits)
{
    public void Start(int floor) =>
        ThreadPool.QueueUserWorkItem(_ =>
        {
            foreach (var key in new List<string>(hits.Keys))
                if (hits[key] < floor)
                    hits.Remove(key);
        });
}

public static class CacheMaintenance
{
    public static void OnMinute(int floor)
    {
        var evictor = new Evictor(ResponseCache.Current.Hits); // expect: WEFT0004
        evictor.Start(floor);
    }
}

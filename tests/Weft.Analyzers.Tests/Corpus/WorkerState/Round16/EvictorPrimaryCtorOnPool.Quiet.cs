// A cache's evictor class with a primary constructor keeps the worker's hit map and clears it in a callback posted to
// the calling loop's own dispatcher (quiet twin of EvictorPrimaryCtorOnPool).
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
        Dispatcher.Current!.Post(() =>
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
        var evictor = new Evictor(ResponseCache.Current.Hits);
        evictor.Start(floor);
    }
}

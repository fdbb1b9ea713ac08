// A helper returns the worker's map and a key as a tuple; the caller deconstructs it and removes the key on the pool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.TupleFromHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Routes
{
    public Dictionary<string, string> ByHost { get; } = new();
}

public static class Eviction
{
    private static (Dictionary<string, string> Map, string Key) Oldest() => (Routes.Current.ByHost, "old.example");

    public static Task EvictOldest()
    {
        var (map, key) = Oldest();
        return Task.Run(() => map.Remove(key)); // expect: WEFT0004
    }
}

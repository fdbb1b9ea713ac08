// The quiet twin: the helper's tuple carries a copy of the map.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.TupleFromHelperQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Routes
{
    public Dictionary<string, string> ByHost { get; } = new();
}

public static class Eviction
{
    private static (Dictionary<string, string> Map, string Key) Oldest() => (new Dictionary<string, string>(Routes.Current.ByHost), "old.example");

    public static Task EvictOldest()
    {
        var (map, key) = Oldest();
        return Task.Run(() => map.Remove(key));
    }
}

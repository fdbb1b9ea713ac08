// Round 2. Report place: the increment sits in a static helper that worker code calls; the docs do not say whether it
// is reported at the increment or at the call from worker code (group).
using Weft;

namespace Corpus.StaticWrites.Round2.Helper;

public static class Counters
{
    public static long Evictions;

    public static void CountEviction() => Evictions++; // expect: WEFT0006 #helper
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private readonly System.Collections.Generic.Dictionary<string, int> _items = new();

    [WorkerUpdate]
    public void Evict(string key)
    {
        if (_items.Remove(key))
        {
            Counters.CountEviction(); // expect: WEFT0006 #helper
        }
    }
}

// Round 2. The static helper counts with Interlocked.
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.Round2.Helper;

public static class Counters
{
    public static long Evictions;

    public static void CountEviction() => Interlocked.Increment(ref Evictions);
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
            Counters.CountEviction();
        }
    }
}

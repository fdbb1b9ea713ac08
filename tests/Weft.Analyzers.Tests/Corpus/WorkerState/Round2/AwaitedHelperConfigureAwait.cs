// Round 2. An async helper returns the worker's cache; the caller awaits it with ConfigureAwait(false) and then
// writes the cache on the thread pool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.Round2.AwaitedHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Negative
{
    public HashSet<string> Misses { get; } = new();
}

public static class Lookup
{
    public static async Task RecordMissAsync(string key)
    {
        var misses = await CurrentMissesAsync().ConfigureAwait(false);
        misses.Add(key); // expect: WEFT0004
    }

    private static async Task<HashSet<string>> CurrentMissesAsync()
    {
        await Task.Yield();
        return Negative.Current.Misses;
    }
}

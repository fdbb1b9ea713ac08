// Round 2. The same helper awaited plainly: the caller resumes on the worker that owns the set.
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
        var misses = await CurrentMissesAsync();
        misses.Add(key);
    }

    private static async Task<HashSet<string>> CurrentMissesAsync()
    {
        await Task.Yield();
        return Negative.Current.Misses;
    }
}

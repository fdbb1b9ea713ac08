// Quiet twin of TaskRunInsideSelect: the lookups run on the worker; only the finished numbers are awaited.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.TaskRunInsideSelect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ObjectCache
{
    public Dictionary<string, byte[]> Blobs { get; } = new();
}

public sealed class Prefetcher
{
    public Task<int[]> SizesAsync(IEnumerable<string> keys)
    {
        var cache = ObjectCache.Current;
        return Task.WhenAll(keys.Select(key => Task.FromResult(cache.Blobs.TryGetValue(key, out var blob) ? blob.Length : 0)));
    }
}

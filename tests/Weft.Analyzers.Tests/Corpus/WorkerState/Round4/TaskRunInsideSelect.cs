// WEFT0004: Task.Run is called inside a LINQ Select lambda (one task per key) and each task reads the worker's cache.
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
        return Task.WhenAll(keys.Select(key => Task.Run(() => cache.Blobs.TryGetValue(key, out var blob) ? blob.Length : 0))); // expect: WEFT0004
    }
}

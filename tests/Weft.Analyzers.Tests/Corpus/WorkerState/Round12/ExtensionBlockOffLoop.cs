// C# 14 extension block method on a per-worker type, called on the worker's instance inside Task.Run: the instance
// is used on the pool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.ExtensionBlockOffLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    public Dictionary<string, int> ByHost { get; } = [];
}

public static class CacheExtensions
{
    extension(ConnectionCache cache)
    {
        public void Forget(string host) => cache.ByHost.Remove(host);
    }
}

public static class Eviction
{
    public static void Evict(string host)
    {
        var cache = ConnectionCache.Current;
        _ = Task.Run(() => cache.Forget(host)); // expect: WEFT0004
    }
}

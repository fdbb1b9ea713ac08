// C# 14 extension block method on a per-worker type, called in a callback posted to the worker's own dispatcher.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R12.ExtensionBlockOffLoopQuiet;

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
        Dispatcher.Current!.Post(() => cache.Forget(host));
    }
}

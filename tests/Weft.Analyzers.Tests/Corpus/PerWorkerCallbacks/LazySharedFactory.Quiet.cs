// Each worker builds its own cache; the worker's name is only read.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.LazyShared;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Cache(string owner) => Owner = owner;
    public string Owner { get; }
    public Dictionary<string, string> Entries { get; } = new();
}

public static class CacheSetup
{
    public static void Initialize(WorkerPool pool)
    {
        string prefix = "cache-";
        Cache.Initialize(pool, dispatcher => new Cache(prefix + dispatcher.Name));
    }
}

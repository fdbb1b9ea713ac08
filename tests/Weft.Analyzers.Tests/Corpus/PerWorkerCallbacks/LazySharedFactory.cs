// `??=` in the factory: the first worker builds the cache, every other worker gets the same one.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.LazyShared;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, string> Entries { get; } = new();
}

public static class CacheSetup
{
    public static void Initialize(WorkerPool pool)
    {
        Cache? cache = null;
        Cache.Initialize(pool, _ => cache ??= new Cache()); // expect: WEFT0008
    }
}

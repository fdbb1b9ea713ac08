// Every worker registers an observer over its own cache in a list captured from the caller: a
// ConcurrentBag<T>.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.Round10.ObserverListInUpdateQuiet;

public sealed class CacheObserver
{
    public CacheObserver(SessionCache cache) => Count = cache.Hits.Count;

    public int Count { get; }
}

public static class Observation
{
    public static async Task<int> Watch(WorkerPool pool)
    {
        var observers = new ConcurrentBag<CacheObserver>();
        await SessionCache.UpdateAllAsync(pool, cache => observers.Add(new CacheObserver(cache)));
        return observers.Count;
    }
}

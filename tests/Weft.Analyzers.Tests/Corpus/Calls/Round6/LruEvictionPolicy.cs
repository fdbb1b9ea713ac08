// Per-worker LRU cache whose eviction is delegated to a pluggable IEvictionPolicy. Defect: the background policy
// (one of two implementations) trims the cache it is given on the thread pool; the cache hands `this` — the
// worker's instance — to it (WEFT0004; #escape: reported at the hand-off of `this` or where Task.Run captures it).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus6b.LruEvictionPolicy;

public interface IEvictionPolicy
{
    void OnInsert(LruCache cache);
}

public sealed class InlineEviction : IEvictionPolicy
{
    public void OnInsert(LruCache cache) => cache.TrimTo(cache.Capacity);
}

public sealed class DeferredEviction : IEvictionPolicy
{
    public void OnInsert(LruCache cache) =>
        Task.Run(() => cache.TrimTo(cache.Capacity)); // expect: WEFT0004 #escape
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LruCache
{
    private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, string>>> _map = new();
    private readonly LinkedList<KeyValuePair<string, string>> _order = new();
    private readonly IEvictionPolicy _policy;

    public LruCache(int capacity, IEvictionPolicy policy)
    {
        Capacity = capacity;
        _policy = policy;
    }

    public int Capacity { get; }

    public void Put(string key, string value)
    {
        if (_map.Remove(key, out var old)) _order.Remove(old);
        _map[key] = _order.AddFirst(KeyValuePair.Create(key, value));
        if (_map.Count > Capacity) _policy.OnInsert(this); // expect: WEFT0004 #escape
    }

    public void TrimTo(int size)
    {
        while (_map.Count > size && _order.Last is { } last)
        {
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
        }
    }
}

public static class CacheSetup
{
    public static void Install(WorkerPool pool, bool deferred) =>
        LruCache.Initialize(pool, _ => new LruCache(10_000, deferred ? new DeferredEviction() : new InlineEviction()));
}

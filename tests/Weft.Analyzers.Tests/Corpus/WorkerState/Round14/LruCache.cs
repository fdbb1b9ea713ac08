// A per-worker LRU cache (per-worker slot type, built by each worker's factory on that worker) that trims itself
// every second. The constructor starts a System.Threading.Timer whose callback calls the cache's own Trim: the timer
// runs on a pool thread and Trim changes the worker's dictionary and list there (WEFT0004: inside a per-worker type,
// `this` handed to another thread, and its own method that changes its fields counts as a use). The page does not say
// whether this is reported at the lambda or inside Trim; the timer line is the hand-over and the only line of the
// lambda. The quiet twin arms a loop timer on the constructing worker's dispatcher.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R14.LruCacheDefect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LruCache : IDisposable
{
    private static readonly TimeSpan TrimPeriod = TimeSpan.FromSeconds(1);
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Key, byte[] Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, byte[] Value)> _order = new();
    private readonly IDisposable _timer;

    public LruCache(int capacity)
    {
        _capacity = capacity;
        _timer = new Timer(_ => Trim(), null, TrimPeriod, TrimPeriod); // expect: WEFT0004
    }

    public int Count => _map.Count;

    public byte[]? Get(string key)
    {
        if (!_map.TryGetValue(key, out var node))
        {
            return null;
        }

        _order.Remove(node);
        _order.AddFirst(node);
        return node.Value.Value;
    }

    public void Put(string key, byte[] value)
    {
        if (_map.TryGetValue(key, out var node))
        {
            _order.Remove(node);
        }

        _map[key] = _order.AddFirst((key, value));
    }

    [WorkerUpdate]
    public void Invalidate(string key)
    {
        if (_map.Remove(key, out var node))
        {
            _order.Remove(node);
        }
    }

    private void Trim()
    {
        while (_map.Count > _capacity && _order.Last is { } last)
        {
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
        }
    }

    public void Dispose() => _timer.Dispose();
}

// Quiet twin of LruCache: the constructor, which runs on the worker that builds the cache, arms a loop timer on that
// worker's own dispatcher, so Trim runs on the worker.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R14.LruCacheQuiet;

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
        var timer = Dispatcher.Current!.CreateTimer(() => Trim());
        timer.Enable(TrimPeriod);
        _timer = timer;
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
        ((DispatcherTimer)_timer).Enable(TrimPeriod);
        while (_map.Count > _capacity && _order.Last is { } last)
        {
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
        }
    }

    public void Dispose() => _timer.Dispose();
}

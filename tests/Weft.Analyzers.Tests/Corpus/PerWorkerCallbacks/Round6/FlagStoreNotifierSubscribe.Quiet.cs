// Quiet twin of FlagStoreNotifierSubscribe: the notifier's Subscribe adds under a lock (the page: writes under
// lock stay quiet). In both, a change only enqueues into the store's ConcurrentQueue, drained on its worker.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus6b.FlagStoreNotifierSubscribe;

public sealed class FlagNotifier
{
    private readonly object _gate = new();
    private readonly List<Action<string>> _handlers = new();
    public void Subscribe(Action<string> handler) { lock (_gate) _handlers.Add(handler); }
    public void Raise(string flag)
    {
        Action<string>[] handlers;
        lock (_gate) handlers = _handlers.ToArray();
        foreach (Action<string> handler in handlers) handler(flag);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FlagCache
{
    private readonly ConcurrentQueue<string> _changed = new();
    private readonly HashSet<string> _stale = new(StringComparer.Ordinal);

    public void OnChanged(string flag) => _changed.Enqueue(flag);

    public bool IsStale(string flag)
    {
        while (_changed.TryDequeue(out string? changed)) _stale.Add(changed);
        return _stale.Contains(flag);
    }
}

public static class FlagWiring
{
    public static void Install(WorkerPool pool, FlagNotifier notifier)
    {
        FlagCache.Initialize(pool, _ =>
        {
            var cache = new FlagCache();
            notifier.Subscribe(cache.OnChanged);
            return cache;
        });
    }
}

// Feature-flag store per worker that reloads when a shared notifier fires. Defect: the factory subscribes each
// worker's new store to a captured notifier's event — `+=` on the captured object's delegate field runs on
// every worker at once and loses subscriptions (WEFT0008: mutates what a captured local holds). Reading taken:
// the handler itself (the new store's method) is the factory's own value.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus6b.FlagStoreNotifierSubscribe;

public sealed class FlagNotifier
{
    public event Action<string>? Changed;
    public void Raise(string flag) => Changed?.Invoke(flag);
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
            notifier.Changed += cache.OnChanged; // expect: WEFT0008
            return cache;
        });
    }
}

// Application-style: a generic TTL cache owned by a per-worker slot, swept by a loop timer (DispatcherTimer). Defects:
// the sweep counts evictions in a static shared by every worker (WEFT0006), and a bulk expiry scans the worker's
// entries with Parallel.ForEach (WEFT0004).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.Idioms.R9.TtlCacheService;

public sealed class TtlCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, (TValue Value, long ExpiresAt)> _entries = new();

    public int Count => _entries.Count;

    public IEnumerable<KeyValuePair<TKey, (TValue Value, long ExpiresAt)>> Entries => _entries;

    public bool TryGet(TKey key, long now, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > now)
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value, long expiresAt) => _entries[key] = (value, expiresAt);

    public int RemoveWhere(Func<TKey, long, bool> expired)
    {
        List<TKey> doomed = _entries.Where(p => expired(p.Key, p.Value.ExpiresAt)).Select(p => p.Key).ToList();
        doomed.ForEach(k => _entries.Remove(k));
        return doomed.Count;
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCache
{
    private static int s_evicted;
    private DispatcherTimer? _sweep;

    public TtlCache<string, byte[]> Bodies { get; } = new();

    public static int Evicted => Volatile.Read(ref s_evicted);

    public void EnsureSweeping()
    {
        if (_sweep is not null)
        {
            return;
        }

        _sweep = Dispatcher.Current!.CreateTimer(() =>
        {
            long now = Environment.TickCount64;
            s_evicted += Bodies.RemoveWhere((_, expiresAt) => expiresAt <= now); // expect: WEFT0006
            _sweep!.Enable(TimeSpan.FromSeconds(10));
        });
        _sweep.Enable(TimeSpan.FromSeconds(10));
    }
}

public static class CacheMaintenance
{
    public static int CountStale(long now)
    {
        ResponseCache cache = ResponseCache.Current;
        var stale = new ConcurrentBag<string>();
        Parallel.ForEach(cache.Bodies.Entries, entry => // expect: WEFT0004
        {
            if (entry.Value.ExpiresAt <= now)
            {
                stale.Add(entry.Key);
            }
        });
        return stale.Count;
    }
}

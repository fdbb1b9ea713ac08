// A per-worker response cache (per-worker slot type) reports its statistics to a collector on main every few
// seconds. The report is posted to the pool's main dispatcher with a lambda that reads the cache's per-host dictionary
// when it runs, on main, while the worker keeps writing it (WEFT0004: a callback posted to another dispatcher than
// Dispatcher.Current captures worker state). The totals are longs read on the worker (copies, quiet). The quiet twin
// copies the per-host counts into an array on the worker and posts the copy.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R14.CacheStatsReportDefect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCache
{
    private readonly Dictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

    public Dictionary<string, long> HitsByHost { get; } = new(StringComparer.OrdinalIgnoreCase);
    public long Hits { get; private set; }
    public long Misses { get; private set; }

    public byte[]? Get(string host, string path)
    {
        if (_entries.TryGetValue(host + path, out var body))
        {
            Hits++;
            HitsByHost[host] = HitsByHost.GetValueOrDefault(host) + 1;
            return body;
        }

        Misses++;
        return null;
    }

    [WorkerUpdate]
    public void Purge(string host)
    {
        foreach (var key in _entries.Keys.Where(k => k.StartsWith(host, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            _entries.Remove(key);
        }
    }
}

public sealed class StatsCollector
{
    private readonly Dictionary<string, (long Hits, long Misses)> _byWorker = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _topHosts = new(StringComparer.OrdinalIgnoreCase);

    public void Accept(string worker, long hits, long misses, IEnumerable<KeyValuePair<string, long>> hosts)
    {
        _byWorker[worker] = (hits, misses);
        foreach (var (host, count) in hosts)
        {
            _topHosts[host] = Math.Max(_topHosts.GetValueOrDefault(host), count);
        }
    }

    public double HitRatio()
    {
        long hits = _byWorker.Values.Sum(v => v.Hits);
        long all = hits + _byWorker.Values.Sum(v => v.Misses);
        return all == 0 ? 0 : (double)hits / all;
    }
}

public static class CacheStatsReporter
{
    public static void Report(StatsCollector collector)
    {
        var pool = WorkerPool.Current;
        var self = Dispatcher.Current;
        if (pool is null || self is null)
        {
            return;
        }

        var cache = ResponseCache.Current;
        long hits = cache.Hits;
        long misses = cache.Misses;
        var byHost = cache.HitsByHost;
        pool.Main.Post(() => collector.Accept(self.Name, hits, misses, byHost)); // expect: WEFT0004
    }
}

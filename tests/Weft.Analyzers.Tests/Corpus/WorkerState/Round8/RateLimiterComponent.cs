// A realistic component: a per-worker token-bucket rate limiter with a published limits table and versioned
// reloads. Two defects: the refill runs on a System.Threading.Timer thread over the worker's buckets (WEFT0004),
// and a static rejection counter is incremented from the per-worker type (WEFT0006).
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.RateLimiterComponent;

[ThreadLocalSlot]
public sealed partial class RateLimits
{
    public long Version { get; init; }
    public FrozenDictionary<string, int> PerSecond { get; init; } = FrozenDictionary<string, int>.Empty;
    public int Default { get; init; } = 100;

    public int For(string route) => PerSecond.TryGetValue(route, out var n) ? n : Default;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TokenBuckets
{
    private static long s_rejected;
    private readonly Dictionary<string, int> _tokens = new();
    private long _seenVersion = -1;

    public static long Rejected => Interlocked.Read(ref s_rejected);

    public bool TryTake(string route)
    {
        var limits = RateLimits.Current;
        if (limits.Version != _seenVersion)
        {
            _tokens.Clear();
            _seenVersion = limits.Version;
        }

        int left = _tokens.TryGetValue(route, out var n) ? n : limits.For(route);
        if (left <= 0)
        {
            s_rejected++; // expect: WEFT0006
            return false;
        }

        _tokens[route] = left - 1;
        return true;
    }

    public void Refill(RateLimits limits)
    {
        foreach (var route in new List<string>(_tokens.Keys))
        {
            _tokens[route] = limits.For(route);
        }
    }
}

public sealed class RateLimiterHost : IAsyncDisposable
{
    private readonly WorkerPool _pool;
    private readonly List<Timer> _timers = new();
    private long _version;

    public RateLimiterHost(WorkerPool pool) => _pool = pool;

    public async Task StartAsync(IReadOnlyDictionary<string, int> limits)
    {
        await ReloadAsync(limits);
        TokenBuckets.Initialize(_pool, _ => new TokenBuckets());
        foreach (var worker in _pool.Workers)
        {
            worker.Post(() =>
            {
                var buckets = TokenBuckets.Current;
                var limits = RateLimits.Current;
                var timer = new Timer(_ => buckets.Refill(limits), null, 1000, 1000); // expect: WEFT0004
                lock (_timers)
                {
                    _timers.Add(timer);
                }
            });
        }
    }

    public Task ReloadAsync(IReadOnlyDictionary<string, int> limits) =>
        RateLimits.PublishAsync(_pool, new RateLimits
        {
            Version = Interlocked.Increment(ref _version),
            PerSecond = limits.ToFrozenDictionary(),
        });

    public async ValueTask DisposeAsync()
    {
        foreach (var timer in _timers)
        {
            await timer.DisposeAsync();
        }
    }
}

// The clean twin: the refill runs on a dispatcher timer of each worker's own loop, and rejections are counted
// with Interlocked.
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R8.RateLimiterComponentQuiet;

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
            Interlocked.Increment(ref s_rejected);
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

public sealed class RateLimiterHost
{
    private readonly WorkerPool _pool;
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
                DispatcherTimer? timer = null;
                timer = Dispatcher.Current!.CreateTimer(() =>
                {
                    buckets.Refill(limits);
                    timer!.Enable(TimeSpan.FromSeconds(1));
                });
                timer.Enable(TimeSpan.FromSeconds(1));
            });
        }
    }

    public Task ReloadAsync(IReadOnlyDictionary<string, int> limits) =>
        RateLimits.PublishAsync(_pool, new RateLimits
        {
            Version = Interlocked.Increment(ref _version),
            PerSecond = limits.ToFrozenDictionary(),
        });
}

// Quiet twin of RateLimitConfig: the burst size is a get-only property like the rate, so the published configuration
// is deeply immutable.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Messages.R14.RateLimitConfigQuiet;

public sealed class TenantLimits
{
    public TenantLimits(int perSecond, int burst)
    {
        PerSecond = perSecond;
        Burst = burst;
    }

    public int PerSecond { get; }
    public int Burst { get; }
}

[ThreadLocalSlot]
public sealed partial class RateLimitConfig
{
    public required TenantLimits Defaults { get; init; }
    public ImmutableDictionary<string, TenantLimits> Overrides { get; init; } = ImmutableDictionary<string, TenantLimits>.Empty;
    public TimeSpan RefillPeriod { get; init; } = TimeSpan.FromSeconds(1);

    public TenantLimits For(string tenant) => Overrides.TryGetValue(tenant, out var limits) ? limits : Defaults;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TokenBuckets
{
    private readonly Dictionary<string, (double Tokens, long LastTicks)> _buckets = new(StringComparer.Ordinal);

    public bool TryTake(string tenant, long nowTicks)
    {
        var config = RateLimitConfig.Current;
        var limits = config.For(tenant);
        if (!_buckets.TryGetValue(tenant, out var bucket))
        {
            bucket = (limits.Burst, nowTicks);
        }

        double elapsed = (nowTicks - bucket.LastTicks) / (double)config.RefillPeriod.Ticks;
        double tokens = Math.Min(limits.Burst, bucket.Tokens + elapsed * limits.PerSecond);
        bool allowed = tokens >= 1;
        _buckets[tenant] = (allowed ? tokens - 1 : tokens, nowTicks);
        return allowed;
    }

    [WorkerUpdate]
    public void Forget(string tenant) => _buckets.Remove(tenant);
}

public static class RateLimitAdmin
{
    public static Task ApplyAsync(WorkerPool pool, int perSecond, int burst, IReadOnlyDictionary<string, (int PerSecond, int Burst)> tenants)
    {
        var overrides = ImmutableDictionary.CreateBuilder<string, TenantLimits>(StringComparer.Ordinal);
        foreach (var (tenant, limit) in tenants)
        {
            overrides[tenant] = new TenantLimits(limit.PerSecond, limit.Burst);
        }

        return RateLimitConfig.PublishAsync(pool, new RateLimitConfig
        {
            Defaults = new TenantLimits(perSecond, burst),
            Overrides = overrides.ToImmutable(),
        });
    }
}

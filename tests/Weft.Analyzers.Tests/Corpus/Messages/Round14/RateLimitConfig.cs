// A rate limiter's configuration, published to every worker, and the per-worker token buckets that read it. The
// tenant limits class keeps its burst size in a public writable field (a hot-path "optimisation"), so the published
// configuration is not deeply immutable. The page's Message section promises the message says field or property and
// names the type at fault, following nested members: both members of type TenantLimits are reported, each naming
// the property of the slot type and the field 'Burst' of 'TenantLimits'.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Messages.R14.RateLimitConfigDefect;

public sealed class TenantLimits
{
    public TenantLimits(int perSecond, int burst)
    {
        PerSecond = perSecond;
        Burst = burst;
    }

    public int PerSecond { get; }
    public int Burst;
}

[ThreadLocalSlot]
public sealed partial class RateLimitConfig
{
    public required TenantLimits Defaults { get; init; } // expect: WEFT0001 "property 'Defaults'" "field 'Burst'" "TenantLimits"
    public ImmutableDictionary<string, TenantLimits> Overrides { get; init; } = ImmutableDictionary<string, TenantLimits>.Empty; // expect: WEFT0001 "property 'Overrides'" "field 'Burst'"
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

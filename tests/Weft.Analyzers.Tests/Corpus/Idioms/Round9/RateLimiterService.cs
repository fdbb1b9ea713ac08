// Application-style: a per-tenant token-bucket rate limiter. Limits are a snapshot published from main, buckets are
// per-worker state refilled by a loop timer, rejections are counted. Defects: the limits list edited after the
// publish (WEFT0002), and a shared static rejection counter bumped by every worker (WEFT0006).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Idioms.R9.RateLimiterService;

public sealed record TenantLimit(string Tenant, int TokensPerSecond, int Burst);

[ThreadLocalSlot]
public sealed partial class LimitTable
{
    public ImmutableDictionary<string, TenantLimit> ByTenant { get; init; } = ImmutableDictionary<string, TenantLimit>.Empty;

    public int Version { get; init; }

    public TenantLimit For(string tenant) =>
        ByTenant.TryGetValue(tenant, out TenantLimit? limit) ? limit : new TenantLimit(tenant, 10, 20);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buckets
{
    private readonly Dictionary<string, double> _tokens = new();
    private DispatcherTimer? _refill;
    private static long s_rejected;

    public static long Rejected => Interlocked.Read(ref s_rejected);

    public bool TryTake(string tenant)
    {
        TenantLimit limit = LimitTable.Current.For(tenant);
        double tokens = _tokens.TryGetValue(tenant, out double t) ? t : limit.Burst;
        if (tokens < 1)
        {
            s_rejected++; // expect: WEFT0006
            return false;
        }

        _tokens[tenant] = tokens - 1;
        return true;
    }

    public void StartRefill()
    {
        _refill ??= Dispatcher.Current!.CreateTimer(Refill);
        _refill.Enable(TimeSpan.FromMilliseconds(100));
    }

    private void Refill()
    {
        LimitTable limits = LimitTable.Current;
        foreach (string tenant in _tokens.Keys.ToList())
        {
            TenantLimit limit = limits.For(tenant);
            _tokens[tenant] = Math.Min(limit.Burst, _tokens[tenant] + limit.TokensPerSecond / 10.0);
        }

        _refill!.Enable(TimeSpan.FromMilliseconds(100));
    }
}

public sealed class LimitAdmin(WorkerPool pool, Slot<List<TenantLimit>> audit)
{
    private int _version;

    public async Task ApplyAsync(IEnumerable<TenantLimit> limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<TenantLimit> accepted = limits
            .Where(l => l.TokensPerSecond > 0 && l.Burst >= l.TokensPerSecond)
            .GroupBy(l => l.Tenant)
            .Select(g => g.Last())
            .ToList();

        var table = new LimitTable
        {
            ByTenant = accepted.ToImmutableDictionary(l => l.Tenant),
            Version = Interlocked.Increment(ref _version),
        };
        await LimitTable.PublishAsync(pool, table);
        audit.Publish(accepted);
        accepted.Add(new TenantLimit("*", 0, 0)); // expect: WEFT0002
    }
}

// Application-style: per-tenant storage quotas. Each worker tracks bytes written per tenant; main collects usage with
// UpdateAllAsync and decides which tenants to throttle. Defects: the collection adds into a captured total through a
// local function called from the update (WEFT0008), and the throttle update remembers the last throttle time in a
// static dictionary (WEFT0006).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.R9.TenantQuotaService;

public enum QuotaAction { Allow, Throttle, Block }

public sealed record QuotaDecision(string Tenant, QuotaAction Action, double Factor = 1.0);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TenantUsage
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> s_lastThrottled = new();
    private readonly Dictionary<string, long> _bytes = new();
    private ImmutableDictionary<string, double> _factors = ImmutableDictionary<string, double>.Empty;

    public IReadOnlyDictionary<string, long> Bytes => _bytes;

    public void Add(string tenant, long bytes) => _bytes[tenant] = _bytes.GetValueOrDefault(tenant) + bytes;

    public double FactorFor(string tenant) => _factors.GetValueOrDefault(tenant, 1.0);

    [WorkerUpdate]
    private void ApplyThrottles(ImmutableArray<QuotaDecision> decisions)
    {
        _factors = decisions.Aggregate(ImmutableDictionary<string, double>.Empty, (map, d) => d switch
        {
            { Action: QuotaAction.Throttle, Factor: var f } => map.SetItem(d.Tenant, f),
            { Action: QuotaAction.Block } => map.SetItem(d.Tenant, 0),
            _ => map,
        });
        foreach (QuotaDecision t in decisions.Where(d => d.Action == QuotaAction.Throttle))
        {
            s_lastThrottled[t.Tenant] = DateTimeOffset.UtcNow;
        }
    }
}

public sealed class QuotaManager(WorkerPool pool, IReadOnlyDictionary<string, long> limits)
{
    public async Task<ImmutableArray<QuotaDecision>> EnforceAsync(CancellationToken cancellationToken)
    {
        var used = new Dictionary<string, long>();
        await TenantUsage.UpdateAllAsync(pool, usage =>
        {
            foreach ((string tenant, long bytes) in usage.Bytes)
            {
                Accumulate(tenant, bytes);
            }
        });

        cancellationToken.ThrowIfCancellationRequested();
        ImmutableArray<QuotaDecision> decisions = used
            .Select(p => (p.Key, Ratio: (double)p.Value / limits.GetValueOrDefault(p.Key, long.MaxValue)))
            .Select(u => u.Ratio switch
            {
                >= 1.0 => new QuotaDecision(u.Key, QuotaAction.Block, 0),
                >= 0.8 => new QuotaDecision(u.Key, QuotaAction.Throttle, 1 - u.Ratio),
                _ => new QuotaDecision(u.Key, QuotaAction.Allow),
            })
            .ToImmutableArray();
        await TenantUsage.ApplyThrottlesOnAllWorkersAsync(pool, decisions);
        return decisions;

        void Accumulate(string tenant, long bytes)
        {
            lock (used)
            {
                used[tenant] = used.GetValueOrDefault(tenant) + bytes;
            }
        }
    }
}

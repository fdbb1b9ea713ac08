// A multi-tenant API gateway's guard, one per worker (per-worker slot type): it checks a tenant's API key and plan
// locally, and keeps per-worker counters. One counter is meant to be process-wide (denials by tenant, read by the admin
// endpoint), so the author made it a static Dictionary: every worker's Deny writes it at once (WEFT0006: a change to a
// static non-concurrent collection from worker code). The quiet twin makes it a ConcurrentDictionary and counts with
// AddOrUpdate, whose lambdas build values and write nothing shared.
using System;
using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Linq;
using Weft;

namespace Corpus.StaticWrites.R14.TenantGuardDefect;

public enum Plan
{
    Free,
    Team,
    Enterprise,
}

public sealed record TenantKey(string Tenant, string ApiKeyHash, Plan Plan);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TenantGuard
{
    private static readonly Dictionary<string, long> s_deniedByTenant = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TenantKey> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<Plan, long> _allowedByPlan = new();

    public static IReadOnlyDictionary<string, long> DeniedByTenant => s_deniedByTenant;

    public bool Admit(string tenant, string apiKeyHash, string route)
    {
        if (!_keys.TryGetValue(tenant, out var key) || !string.Equals(key.ApiKeyHash, apiKeyHash, StringComparison.Ordinal))
        {
            Deny(tenant);
            return false;
        }

        bool allowed = key.Plan switch
        {
            Plan.Free => !route.StartsWith("/admin", StringComparison.Ordinal) && !route.StartsWith("/export", StringComparison.Ordinal),
            Plan.Team => !route.StartsWith("/admin", StringComparison.Ordinal),
            _ => true,
        };

        if (!allowed)
        {
            Deny(tenant);
            return false;
        }

        _allowedByPlan[key.Plan] = _allowedByPlan.GetValueOrDefault(key.Plan) + 1;
        return true;
    }

    private void Deny(string tenant)
    {
        s_deniedByTenant[tenant] = s_deniedByTenant.GetValueOrDefault(tenant) + 1; // expect: WEFT0006
    }

    [WorkerUpdate]
    public void Register(TenantKey key) => _keys[key.Tenant] = key;

    [WorkerUpdate]
    public void Revoke(string tenant) => _keys.Remove(tenant);

    public long AllowedTotal => _allowedByPlan.Values.Sum();
}

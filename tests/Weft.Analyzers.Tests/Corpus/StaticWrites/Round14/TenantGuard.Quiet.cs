// Quiet twin of TenantGuard: the process-wide denial counter is a ConcurrentDictionary updated with AddOrUpdate, so
// every worker may count into it at once.
using System;
using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Linq;
using Weft;

namespace Corpus.StaticWrites.R14.TenantGuardQuiet;

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
    private static readonly ConcurrentDictionary<string, long> s_deniedByTenant = new(StringComparer.Ordinal);
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
        s_deniedByTenant.AddOrUpdate(tenant, 1, static (_, n) => n + 1);
    }

    [WorkerUpdate]
    public void Register(TenantKey key) => _keys[key.Tenant] = key;

    [WorkerUpdate]
    public void Revoke(string tenant) => _keys.Remove(tenant);

    public long AllowedTotal => _allowedByPlan.Values.Sum();
}

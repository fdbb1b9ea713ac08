// Quiet twin of QuotaPlan: the service sets the ceiling from the cluster's capacity before it publishes the plan, so
// the setter's side effects change a plan no worker sees yet.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.PublishedWrites.R14.QuotaPlanQuiet;

public sealed class QuotaPlan
{
    private readonly Dictionary<string, int> _quotas = new(StringComparer.Ordinal);
    private readonly List<string> _audit = new();
    private int _ceiling = 1000;

    public int Ceiling
    {
        get => _ceiling;
        set
        {
            if (value == _ceiling)
            {
                return;
            }

            double scale = (double)value / _ceiling;
            foreach (var tenant in _quotas.Keys.ToList())
            {
                _quotas[tenant] = Math.Max(1, (int)(_quotas[tenant] * scale));
            }

            _audit.Add($"ceiling {_ceiling} -> {value}");
            _ceiling = value;
        }
    }

    public IReadOnlyList<string> Audit => _audit;

    public void SetQuota(string tenant, int quota) => _quotas[tenant] = Math.Min(quota, _ceiling);

    public int QuotaFor(string tenant) => _quotas.TryGetValue(tenant, out var quota) ? quota : _ceiling / 10;
}

public sealed class QuotaService
{
    private readonly Slot<QuotaPlan> _slot;
    private readonly Func<int> _clusterCapacity;

    public QuotaService(Slot<QuotaPlan> slot, Func<int> clusterCapacity)
    {
        _slot = slot;
        _clusterCapacity = clusterCapacity;
    }

    public QuotaPlan Apply(IEnumerable<(string Tenant, int Quota)> quotas)
    {
        var plan = new QuotaPlan();
        foreach (var (tenant, quota) in quotas.OrderBy(q => q.Tenant, StringComparer.Ordinal))
        {
            plan.SetQuota(tenant, quota);
        }

        int capacity = _clusterCapacity();
        if (capacity > 0 && capacity != plan.Ceiling)
        {
            plan.Ceiling = capacity;
        }

        _slot.Publish(plan);

        return plan;
    }
}

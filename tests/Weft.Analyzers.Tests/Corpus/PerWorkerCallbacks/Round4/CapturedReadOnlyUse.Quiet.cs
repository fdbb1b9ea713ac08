// Quiet: the callback run on every worker only *reads* captured state — a dictionary built before the call and a
// pure Func — and writes its own instance (WEFT0008 page: what is reported is assigning, incrementing or mutating
// captured state; "the instance it is handed … is not captured state").
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CapturedReadOnlyUse;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TenantLimiter
{
    public string Tenant { get; set; } = "";
    public int Limit { get; set; }
}

public static class LimitRollout
{
    public static Task ApplyAsync(WorkerPool pool, IEnumerable<(string Tenant, int Limit)> rows, double factor)
    {
        var byTenant = new Dictionary<string, int>();
        foreach (var (tenant, limit) in rows) byTenant[tenant] = limit;
        Func<int, int> scale = n => (int)(n * factor);
        return TenantLimiter.UpdateAllAsync(pool, l => l.Limit = scale(byTenant.GetValueOrDefault(l.Tenant, l.Limit)));
    }
}

// WEFT0008: the twin of CapturedReadOnlyUse.Quiet where the callback also records, in the captured dictionary, which
// tenants it applied: a mutation of captured state from every worker.
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
        return TenantLimiter.UpdateAllAsync(pool, l =>
        {
            l.Limit = scale(byTenant.GetValueOrDefault(l.Tenant, l.Limit));
            byTenant.Remove(l.Tenant); // expect: WEFT0008
        });
    }
}

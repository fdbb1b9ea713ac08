// TryGetCurrent hands out the same shared instance as Current.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.TryGet;

[ThreadLocalSlot]
public sealed partial class QuotaTable
{
    public Dictionary<string, int> PerTenant { get; init; } = new(); // expect: WEFT0001
}

public static class Quotas
{
    public static int Consume(string tenant)
    {
        if (QuotaTable.TryGetCurrent(out var table) && table.PerTenant.TryGetValue(tenant, out int left))
        {
            table.PerTenant[tenant] = left - 1; // expect: WEFT0003
            return left - 1;
        }

        return 0;
    }
}

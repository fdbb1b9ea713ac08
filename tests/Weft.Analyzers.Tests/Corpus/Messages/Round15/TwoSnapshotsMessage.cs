// Round 15, WEFT0003 message: a quota handler reads two snapshots (the tenant's name, then the quota table) and writes
// the quota table's dictionary. The issue asks the message to name the type of the Current that is written, not the
// first Current of the block. The Quotas dictionary is reported by WEFT0001 in both twins.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.TwoSnapshotsMessage;

[ThreadLocalSlot]
public sealed partial class Tenant
{
    public string Name { get; init; } = "";
}

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public Dictionary<string, int> ByTenant { get; init; } = []; // expect: WEFT0001
}

public sealed class QuotaHandler
{
    public int Consume(int amount)
    {
        string tenant = Tenant.Current.Name;
        var table = Quotas.Current.ByTenant;
        int left = table.GetValueOrDefault(tenant) - amount;
        table[tenant] = left; // expect: WEFT0003 "Quotas"
        return left;
    }
}

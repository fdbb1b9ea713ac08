// Round 15, WEFT0003 message quiet twin: the handler (one per connection) keeps what was consumed in its own dictionary.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.TwoSnapshotsMessageQuiet;

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
    private readonly Dictionary<string, int> _used = [];

    public int Consume(int amount)
    {
        string tenant = Tenant.Current.Name;
        var table = Quotas.Current.ByTenant;
        int left = table.GetValueOrDefault(tenant) - _used.GetValueOrDefault(tenant) - amount;
        _used[tenant] = _used.GetValueOrDefault(tenant) + amount;
        return left;
    }
}

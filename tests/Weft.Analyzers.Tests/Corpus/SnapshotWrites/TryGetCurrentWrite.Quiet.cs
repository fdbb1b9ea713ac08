// TryGetCurrent used to read, with the per-worker count kept in the worker's own dictionary.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.TryGet;

[ThreadLocalSlot]
public sealed partial class QuotaTable
{
    public FrozenDictionary<string, int> PerTenant { get; init; } = FrozenDictionary<string, int>.Empty;
}

public sealed class Quotas
{
    private readonly Dictionary<string, int> _used = new();

    public int Consume(string tenant)
    {
        if (QuotaTable.TryGetCurrent(out var table) && table.PerTenant.TryGetValue(tenant, out int limit))
        {
            int used = _used.GetValueOrDefault(tenant) + 1;
            _used[tenant] = used;
            return limit - used;
        }

        return 0;
    }
}

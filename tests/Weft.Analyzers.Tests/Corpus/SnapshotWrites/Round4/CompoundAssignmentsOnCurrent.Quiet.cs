// Quiet twin of CompoundAssignmentsOnCurrent: the quota snapshot is immutable; the meter copies values out and does
// its compound arithmetic (`??=`, `+=`, checked, unchecked) on locals and on a dictionary of its own.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.CompoundAssignmentsOnCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public string? Tier { get; init; }
    public long Used { get; init; }
    public ImmutableDictionary<string, long> PerTenant { get; init; } = ImmutableDictionary<string, long>.Empty;
}

public static class QuotaMeter
{
    public static long Charge(string tenant, long bytes, Dictionary<string, long> pending)
    {
        string? tier = Quotas.Current.Tier;
        tier ??= "free";
        long used = Quotas.Current.Used;
        used += bytes;
        Quotas.Current.PerTenant.TryGetValue(tenant, out long tenantUsed);
        checked { pending[tenant] = tenantUsed + bytes; }
        unchecked { used -= 1; }
        return used + tier.Length;
    }
}

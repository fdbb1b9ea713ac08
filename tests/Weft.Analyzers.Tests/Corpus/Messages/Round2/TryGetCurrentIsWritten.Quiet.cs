// Round 2. The same two reads; the charge is recorded in this worker's own ledger.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Messages.Round2.TryGetWritten;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxTenants { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public ImmutableDictionary<string, int> Allowed { get; init; } = ImmutableDictionary<string, int>.Empty;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Ledger
{
    public Dictionary<string, int> Used { get; } = new();
}

public static class Metering
{
    public static bool Charge(string tenant)
    {
        var limits = Limits.Current;
        if (!Quotas.TryGetCurrent(out var quotas) || quotas.Allowed.Count > limits.MaxTenants)
        {
            return false;
        }

        var used = Ledger.Current.Used;
        used[tenant] = used.GetValueOrDefault(tenant) + 1;
        return used[tenant] <= quotas.Allowed.GetValueOrDefault(tenant);
    }
}

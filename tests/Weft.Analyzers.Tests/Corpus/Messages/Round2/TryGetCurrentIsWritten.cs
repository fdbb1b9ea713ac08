// Round 2. A Current and a TryGetCurrent of two snapshot types in one method; the write goes through the
// TryGetCurrent one and the message must name it.
using System.Collections.Generic;
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
    public Dictionary<string, int> Remaining { get; init; } = new(); // expect: WEFT0001 "property 'Remaining'" "Dictionary<string, int>"
}

public static class Metering
{
    public static bool Charge(string tenant)
    {
        var limits = Limits.Current;
        if (!Quotas.TryGetCurrent(out var quotas) || quotas.Remaining.Count > limits.MaxTenants)
        {
            return false;
        }

        quotas.Remaining[tenant] = quotas.Remaining.GetValueOrDefault(tenant) - 1; // expect: WEFT0003 "Quotas"
        return true;
    }
}

// Compound assignments into the shared quota snapshot: `??=` on a field and on a property, `+=` through Current,
// `+=` on a dictionary entry inside `checked`, `-=` inside `unchecked` through a local. Each writes snapshot data
// (WEFT0003). Copying a value out and changing the copy stays quiet ("Value-type copies ... stay quiet"). The
// writable fields, the settable property and the Dictionary are WEFT0001.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.CompoundAssignmentsOnCurrent;

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public string? Tier; // expect: WEFT0001
    public long Used; // expect: WEFT0001
    public Dictionary<string, long> PerTenant { get; init; } = new(); // expect: WEFT0001
    public List<string>? Warnings { get; set; } // expect: WEFT0001
}

public static class QuotaMeter
{
    public static long Charge(string tenant, long bytes)
    {
        Quotas.Current.Tier ??= "free"; // expect: WEFT0003
        Quotas.Current.Used += bytes; // expect: WEFT0003
        checked { Quotas.Current.PerTenant[tenant] += bytes; } // expect: WEFT0003
        Quotas quotas = Quotas.Current;
        unchecked { quotas.Used -= 1; } // expect: WEFT0003
        quotas.Warnings ??= new List<string>(); // expect: WEFT0003
        long used = quotas.Used;
        used += bytes;
        return used;
    }
}

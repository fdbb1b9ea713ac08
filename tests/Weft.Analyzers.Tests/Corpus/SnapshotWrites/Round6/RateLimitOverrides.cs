// Rate limits published from main; a worker applies an emergency override for an abusive client. Defect: the
// override is written into the snapshot's per-client dictionary reached through TryGetCurrent and a helper
// property (WEFT0003; WEFT0001 on the mutable member).
using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using Weft;

namespace Corpus6b.RateLimitOverrides;

[ThreadLocalSlot]
public sealed partial class RateLimits
{
    public int DefaultPerSecond { get; init; } = 100;
    public Dictionary<string, int> PerClient { get; init; } = new(); // expect: WEFT0001
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Overrides
{
    public Dictionary<string, int> ByClient { get; } = new(StringComparer.Ordinal);
}

public static class AbuseGuard
{
    private static Dictionary<string, int>? LimitsTable => RateLimits.TryGetCurrent(out RateLimits? limits) ? limits.PerClient : null;

    public static int LimitFor(string client)
    {
        var table = LimitsTable;
        return table is not null && table.TryGetValue(client, out int limit) ? limit : 100;
    }

    public static void Throttle(string client)
    {
        var table = LimitsTable;
        if (table is null) return;
        table[client] = 1; // expect: WEFT0003
    }
}

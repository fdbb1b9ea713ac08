// Quiet twin of RateLimitOverrides: overrides live in per-worker state; the snapshot is only read.
using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using Weft;

namespace Corpus6b.RateLimitOverrides;

[ThreadLocalSlot]
public sealed partial class RateLimits
{
    public int DefaultPerSecond { get; init; } = 100;
    public FrozenDictionary<string, int> PerClient { get; init; } = FrozenDictionary<string, int>.Empty;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Overrides
{
    public Dictionary<string, int> ByClient { get; } = new(StringComparer.Ordinal);
}

public static class AbuseGuard
{
    private static FrozenDictionary<string, int>? LimitsTable => RateLimits.TryGetCurrent(out RateLimits? limits) ? limits.PerClient : null;

    public static int LimitFor(string client)
    {
        if (Overrides.Current.ByClient.TryGetValue(client, out int overridden)) return overridden;
        var table = LimitsTable;
        return table is not null && table.TryGetValue(client, out int limit) ? limit : 100;
    }

    public static void Throttle(string client)
    {
        var table = LimitsTable;
        if (table is null) return;
        Overrides.Current.ByClient[client] = 1;
    }
}

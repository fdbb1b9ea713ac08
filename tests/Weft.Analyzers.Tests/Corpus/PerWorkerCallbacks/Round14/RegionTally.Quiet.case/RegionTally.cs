// Sums the players online per region over every worker's presence table.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.PerWorkerCallbacks.R14.RegionTallyQuiet;

public sealed class RegionTally
{
    private readonly ConcurrentDictionary<string, int> _byRegion = new(StringComparer.Ordinal);

    public void Add(PlayerPresence presence)
    {
        foreach (var region in presence.Regions)
        {
            _byRegion.AddOrUpdate(region, 1, static (_, online) => online + 1);
        }
    }

    public IReadOnlyList<(string Region, int Online)> Ranked() =>
        _byRegion.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, kv.Value)).ToList();
}

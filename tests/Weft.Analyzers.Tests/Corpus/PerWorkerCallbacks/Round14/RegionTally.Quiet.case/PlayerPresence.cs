// Quiet twin of RegionTally.case: the tally counts into a ConcurrentDictionary with AddOrUpdate, so every worker may
// run its Add on the one tally at once.
using System;
using System.Collections.Generic;

namespace Corpus.PerWorkerCallbacks.R14.RegionTallyQuiet;

public sealed class PlayerPresence
{
    private readonly Dictionary<string, string> _regionByPlayer = new(StringComparer.Ordinal);

    public IEnumerable<string> Regions => _regionByPlayer.Values;

    public int Online => _regionByPlayer.Count;

    public void Join(string player, string region) => _regionByPlayer[player] = region;

    public bool Leave(string player) => _regionByPlayer.Remove(player);
}

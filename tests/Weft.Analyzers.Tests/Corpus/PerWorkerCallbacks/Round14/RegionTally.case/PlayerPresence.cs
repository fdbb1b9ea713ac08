// A project of three files: the per-worker presence table of a game server (this file, kept in a Slot it allocates
// itself), a tally that sums the players online per region (RegionTally.cs), and the census on main that hands the
// tally's Add to every worker as a method group (Census.cs). Add increments the tally's dictionary entries with `++`:
// every worker runs it on the one tally at once (WEFT0008). Add's body is in another file than the hand-over, so the
// rule page and the "where rules report" section put the report at the method group in Census.cs. The quiet twin's
// tally counts into a ConcurrentDictionary with AddOrUpdate.
using System;
using System.Collections.Generic;

namespace Corpus.PerWorkerCallbacks.R14.RegionTallyDefect;

public sealed class PlayerPresence
{
    private readonly Dictionary<string, string> _regionByPlayer = new(StringComparer.Ordinal);

    public IEnumerable<string> Regions => _regionByPlayer.Values;

    public int Online => _regionByPlayer.Count;

    public void Join(string player, string region) => _regionByPlayer[player] = region;

    public bool Leave(string player) => _regionByPlayer.Remove(player);
}

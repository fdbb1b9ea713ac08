// Main's census: runs the tally on every worker, then publishes the result to the status page.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.R14.RegionTallyQuiet;

public sealed class Census
{
    private readonly Slot<PlayerPresence> _presence;
    private IReadOnlyList<(string Region, int Online)> _last = Array.Empty<(string, int)>();

    public Census(Slot<PlayerPresence> presence) => _presence = presence;

    public IReadOnlyList<(string Region, int Online)> Last => _last;

    public async Task<IReadOnlyList<(string Region, int Online)>> TakeAsync()
    {
        var tally = new RegionTally();
        await _presence.RunOnAllThreadsAsync(tally.Add);
        _last = tally.Ranked();
        return _last;
    }
}

// Each pass builds a fresh list and publishes it; nothing published is written again.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Flow.LoopPublish;

public sealed class HostRefresher
{
    private readonly Slot<List<string>> _hosts;

    public HostRefresher(WorkerPool pool) => _hosts = pool.AllocateSlot<List<string>>();

    public async Task RefreshAsync(IEnumerable<string> discovered)
    {
        var seen = new List<string>();
        foreach (string host in discovered)
        {
            seen.Add(host);
            var hosts = new List<string>(seen);
            await _hosts.PublishAsync(hosts);
        }
    }
}

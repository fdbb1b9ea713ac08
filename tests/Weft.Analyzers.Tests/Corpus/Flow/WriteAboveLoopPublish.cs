// A write that sits above the publish in the text but inside the loop: from the second pass on it runs after the
// list was published on the previous pass.
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
        var hosts = new List<string>();
        foreach (string host in discovered)
        {
            hosts.Add(host); // expect: WEFT0002
            await _hosts.PublishAsync(hosts);
        }
    }
}

// A publisher publishes LAZY LINQ queries over its own list (Where, Select, Skip, AsEnumerable) and keeps adding to the
// list. A deferred query is a view over its source: every worker that enumerates it walks the list as it is then
// (and List<T>'s enumerator throws when the list changed under it). Reading taken: issue 10's "any API that returns a
// view over its argument instead of a copy" covers deferred LINQ operators, so writes to the source after the publish
// are WEFT0002 ("the source of a read-only view published with it").
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.PublishedLazyQuery;

public sealed class HostFeed
{
    private readonly Slot<IEnumerable<string>> _slot;

    public HostFeed(WorkerPool pool) => _slot = pool.AllocateSlot<IEnumerable<string>>();

    public void PublishFiltered(List<string> hosts, string extra)
    {
        _slot.Publish(hosts.Where(h => !h.StartsWith("#")));
        hosts.Add(extra); // expect: WEFT0002
    }

    public void PublishProjected(List<string> hosts, string extra)
    {
        _slot.Publish(hosts.Select(h => h.ToLowerInvariant()).Skip(1));
        hosts.Insert(0, extra); // expect: WEFT0002
    }

    public void PublishAsEnumerable(List<string> hosts)
    {
        _slot.Publish(hosts.AsEnumerable());
        hosts.Clear(); // expect: WEFT0002
    }
}

// Quiet twin of PublishedLazyQuery: what is published is MATERIALISED (ToList, ToArray, a collection-expression
// spread, a copy constructor), so the source list the publisher keeps changing is not behind any published object.
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.PublishedLazyQueryQuiet;

public sealed class HostFeed
{
    private readonly Slot<IEnumerable<string>> _slot;

    public HostFeed(WorkerPool pool) => _slot = pool.AllocateSlot<IEnumerable<string>>();

    public void PublishFiltered(List<string> hosts, string extra)
    {
        _slot.Publish(hosts.Where(h => !h.StartsWith("#")).ToList());
        hosts.Add(extra);
    }

    public void PublishProjected(List<string> hosts, string extra)
    {
        _slot.Publish(hosts.Select(h => h.ToLowerInvariant()).Skip(1).ToArray());
        hosts.Insert(0, extra);
    }

    public void PublishSpread(List<string> hosts)
    {
        List<string> copy = [.. hosts];
        _slot.Publish(copy);
        hosts.Clear();
    }

    public void PublishCopy(List<string> hosts)
    {
        _slot.Publish(new List<string>(hosts));
        hosts.RemoveAt(0);
    }
}

// The quiet twin: the event is raised before the publish, so the handler sorts a list nobody reads yet (the event
// is the publisher's "about to publish" hook).
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.EventAfterPublishQuiet;

public sealed class HostPublisher
{
    private readonly Slot<List<string>> _slot;

    public HostPublisher(Slot<List<string>> slot)
    {
        _slot = slot;
        Publishing += hosts => hosts.Sort(StringComparer.Ordinal);
    }

    public event Action<List<string>>? Publishing;

    public void Publish(IEnumerable<string> configured)
    {
        var hosts = new List<string>(configured);
        Publishing?.Invoke(hosts);
        _slot.Publish(hosts);
    }
}

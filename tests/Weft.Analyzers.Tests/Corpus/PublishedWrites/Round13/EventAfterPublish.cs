// A publisher raises its Published event with the list it just published; a handler its constructor subscribed sorts
// the list. #escape: at the raise or at the sort in the handler.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.EventAfterPublish;

public sealed class HostPublisher
{
    private readonly Slot<List<string>> _slot;

    public HostPublisher(Slot<List<string>> slot)
    {
        _slot = slot;
        Published += hosts => hosts.Sort(StringComparer.Ordinal); // expect: WEFT0002 #escape
    }

    public event Action<List<string>>? Published;

    public void Publish(IEnumerable<string> configured)
    {
        var hosts = new List<string>(configured);
        _slot.Publish(hosts);
        Published?.Invoke(hosts); // expect: WEFT0002 #escape
    }
}

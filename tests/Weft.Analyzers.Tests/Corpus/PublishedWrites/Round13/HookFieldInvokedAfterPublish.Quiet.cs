// The quiet twin: the hook runs on the list before it is published.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.HookFieldInvokedAfterPublishQuiet;

public sealed class HostPublisher
{
    private readonly Slot<List<string>> _slot;
    private readonly Action<List<string>> _seal;

    public HostPublisher(Slot<List<string>> slot)
    {
        _slot = slot;
        _seal = hosts => hosts.Add("sentinel.invalid");
    }

    public void Publish(IEnumerable<string> configured)
    {
        var hosts = new List<string>(configured);
        _seal(hosts);
        _slot.Publish(hosts);
    }
}

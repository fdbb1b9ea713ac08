// A publisher keeps an "after publish" hook in a read-only delegate field that its constructor fills with a lambda
// appending a sentinel; the hook runs with the list just published ("a delegate invoked with the object that writes
// it"). #escape: reported at the invocation or at the write inside the lambda.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.HookFieldInvokedAfterPublish;

public sealed class HostPublisher
{
    private readonly Slot<List<string>> _slot;
    private readonly Action<List<string>> _seal;

    public HostPublisher(Slot<List<string>> slot)
    {
        _slot = slot;
        _seal = hosts => hosts.Add("sentinel.invalid"); // expect: WEFT0002 #escape
    }

    public void Publish(IEnumerable<string> configured)
    {
        var hosts = new List<string>(configured);
        _slot.Publish(hosts);
        _seal(hosts); // expect: WEFT0002 #escape
    }
}

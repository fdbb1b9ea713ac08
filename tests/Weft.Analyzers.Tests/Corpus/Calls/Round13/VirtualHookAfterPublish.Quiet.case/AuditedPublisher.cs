using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.VirtualHookAfterPublishQuiet;

public sealed class AuditedPublisher : HostPublisher
{
    public AuditedPublisher(Slot<List<string>> slot) : base(slot)
    {
    }

    protected override void OnPublished(List<string> published) => Console.WriteLine($"published {published.Count} hosts");
}

using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.VirtualHookAfterPublish;

public sealed class AuditedPublisher : HostPublisher
{
    public AuditedPublisher(Slot<List<string>> slot) : base(slot)
    {
    }

    protected override void OnPublished(List<string> published) => published.Add("audit.internal");
}

// A project of several files: a template-method base class publishes the list it built and then calls a virtual
// "published" hook with it; the override lives in another file. Reading taken: the base's call of the virtual
// method, whose override in this compilation writes its parameter, is where the defect is reported (the write's
// file cannot know which list it is given).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.VirtualHookAfterPublish;

public abstract class HostPublisher
{
    private readonly Slot<List<string>> _slot;

    protected HostPublisher(Slot<List<string>> slot) => _slot = slot;

    public void Commit(IEnumerable<string> configured)
    {
        var hosts = new List<string>(configured);
        _slot.Publish(hosts);
        OnPublished(hosts); // expect: WEFT0002
    }

    protected virtual void OnPublished(List<string> published)
    {
    }
}

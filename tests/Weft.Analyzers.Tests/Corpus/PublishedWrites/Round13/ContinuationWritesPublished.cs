// A continuation registered after the publish appends to the published list when a probe finishes: it runs later,
// after the publish (on whatever thread), and writes the published object.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.ContinuationWritesPublished;

public static class Discovery
{
    public static Task Publish(Slot<List<string>> slot, List<string> hosts, Task<string> probe)
    {
        slot.Publish(hosts);
        return probe.ContinueWith(done => hosts.Add(done.Result), TaskScheduler.Default); // expect: WEFT0002
    }
}

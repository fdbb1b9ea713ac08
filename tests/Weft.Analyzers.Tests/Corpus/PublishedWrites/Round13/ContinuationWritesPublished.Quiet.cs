// The quiet twin: the continuation builds the complete list and publishes it there; nothing is written after.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.ContinuationWritesPublishedQuiet;

public static class Discovery
{
    public static Task Publish(Slot<List<string>> slot, List<string> hosts, Task<string> probe)
    {
        return probe.ContinueWith(done =>
        {
            hosts.Add(done.Result);
            slot.Publish(hosts);
        }, TaskScheduler.Default);
    }
}

// Round 3. The new host goes into a new list (a spread collection expression) that is published again: the
// first published list is never written.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round3.CollectionExpressionAdd;

public static class Upstreams
{
    public static void Configure(WorkerPool pool)
    {
        Slot<List<string>> slot = pool.AllocateSlot<List<string>>();
        List<string> hosts = ["10.0.0.1", "10.0.0.2"];
        slot.Publish(hosts);
        hosts = [.. hosts, "10.0.0.3"];
        slot.Publish(hosts);
    }
}

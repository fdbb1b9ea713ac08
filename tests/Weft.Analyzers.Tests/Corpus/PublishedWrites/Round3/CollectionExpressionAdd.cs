// Round 3. A list built with a collection expression, published through a Slot<T> the caller allocated, then
// appended to. Reading taken: Slot<T>.Publish of a List<T> is not a WEFT0007 case (that rule names the generated
// OnAllWorkers posting code and RunOnAllThreads state only), so only the write after publishing is expected.
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
        hosts.Add("10.0.0.3"); // expect: WEFT0002 "hosts"
    }
}

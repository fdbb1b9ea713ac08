// Round 3. The appending lambda is invoked before the publish.
using System;
using System.Collections.Generic;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.DelegateWritesAfterPublish;

public static class Seeds
{
    public static void Load(WorkerPool pool, List<string> hosts)
    {
        var slot = pool.AllocateSlot<List<string>>();
        Action<string> add = h => hosts.Add(h);
        add("10.0.0.9");
        slot.Publish(hosts);
    }
}

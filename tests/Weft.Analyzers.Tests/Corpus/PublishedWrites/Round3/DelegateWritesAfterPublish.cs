// Round 3. After publishing, a lambda that appends to the list is built and invoked. The docs do not say whether the report lands in the lambda or at its call, so either.
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
        slot.Publish(hosts);
        Action<string> add = h => hosts.Add(h); // expect: WEFT0002 #escape
        add("10.0.0.9"); // expect: WEFT0002 #escape
    }
}

// The publish is wrapped in a local delegate and invoked later. Writes after the invocation change the published list
// (WEFT0002 through a delegate call); the write between the delegate's creation and its invocation runs before
// anything is published and must stay quiet (order by flow, not by text).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.DeferredPublishDelegate;

public sealed class RouteCommitter
{
    private readonly Slot<List<string>> _slot;

    public RouteCommitter(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public void Commit(List<string> routes, string extra)
    {
        Action publish = () => _slot.Publish(routes);
        routes.Add(extra);
        publish();
        routes.Remove(extra); // expect: WEFT0002
    }
}

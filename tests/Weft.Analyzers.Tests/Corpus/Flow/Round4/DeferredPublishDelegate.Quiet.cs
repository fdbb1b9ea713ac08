// Quiet twin of DeferredPublishDelegate: the publish delegate is created first and invoked last; every write to the
// list happens between the two, before anything is published.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.DeferredPublishDelegateQuiet;

public sealed class RouteCommitter
{
    private readonly Slot<List<string>> _slot;

    public RouteCommitter(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public void Commit(List<string> routes, string extra)
    {
        Action publish = () => _slot.Publish(routes);
        routes.Add(extra);
        routes.Sort();
        publish();
    }
}

// Quiet twin of ObjectLocalHoldsList: the object local holds a string (immutable). Reading: `object` alone is not judged
// mutable when the value behind it is known.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.ObjectLocalHoldsListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Inbox
{
    private readonly List<object> _received = new();

    [WorkerUpdate]
    private void Deliver(object message) => _received.Add(message);
}

public static class Admin
{
    public static Task Send(WorkerPool pool, string[] hosts)
    {
        object message = string.Join(",", hosts);
        return Inbox.DeliverOnAllWorkersAsync(pool, message);
    }
}

// WEFT0007: the [WorkerUpdate] parameter is `object`; the argument is a local of type object that holds a List<string>.
// Reading: the value is what is published (the analysis follows values), so a List behind `object` is a mutable argument.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.ObjectLocalHoldsList;

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
        object message = new List<string>(hosts);
        return Inbox.DeliverOnAllWorkersAsync(pool, message); // expect: WEFT0007
    }
}

// WEFT0002: a `with` copy of a published record, then an edit of the copy. The record holds a List<string> and the
// `with` only changes the name, so the copy shares the published list and the Add writes it.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.WithCopyOfPublishedRecord;

public sealed record Pool(string Name, List<string> Hosts);

public static class Pools
{
    public static Pool Publish(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Pool>();
        var first = new Pool("blue", new List<string> { "a", "b" });
        slot.Publish(first);
        var next = first with { Name = "green" }; next.Hosts.Add("c"); // expect: WEFT0002
        return next;
    }
}

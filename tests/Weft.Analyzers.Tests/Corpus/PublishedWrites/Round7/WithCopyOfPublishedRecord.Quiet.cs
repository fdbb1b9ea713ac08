// WEFT0002: a `with` copy of a published record, then an edit of the copy. The record holds an ImmutableArray and the
// `with` replaces it by `Hosts.Add(..)`: nothing published is written: quiet.
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

namespace Corpus7b.WithCopyOfPublishedRecordQuiet;

public sealed record Pool(string Name, ImmutableArray<string> Hosts);

public static class Pools
{
    public static Pool Publish(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Pool>();
        var first = new Pool("blue", ImmutableArray.Create("a", "b"));
        slot.Publish(first);
        var next = first with { Name = "green", Hosts = first.Hosts.Add("c") };
        return next;
    }
}

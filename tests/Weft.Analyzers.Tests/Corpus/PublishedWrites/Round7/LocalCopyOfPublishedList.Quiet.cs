// WEFT0002: a list placed inside a published object, then extended by the caller. The caller extends its own copy made
// with `new List<string>(hosts)`: quiet.
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

namespace Corpus7b.LocalCopyOfPublishedListQuiet;

public sealed class HostSet(List<string> hosts)
{
    public IReadOnlyList<string> Hosts { get; } = hosts;
}

public static class Canary
{
    public static int Publish(WorkerPool pool, IEnumerable<string> initial)
    {
        var hosts = new List<string>(initial);
        var slot = pool.AllocateSlot<HostSet>();
        slot.Publish(new HostSet(hosts));
        var mine = new List<string>(hosts);
        mine.Add("canary.local");
        return mine.Count;
    }
}

// WEFT0002 through a helper in the same file, given the published list. The helper copies its parameter and writes
// the copy: quiet (a call summary says it returns a new object and writes nothing it was given).
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

namespace Corpus7b.HelperCopiesOrWritesParameterQuiet;

public static class Extending
{
    public static List<string> WithExtra(List<string> hosts, string extra)
    {
        var copy = new List<string>(hosts);
        copy.Add(extra);
        return copy;
    }

    public static int Publish(WorkerPool pool, IEnumerable<string> initial)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var hosts = new List<string>(initial);
        slot.Publish(hosts);
        var next = WithExtra(hosts, "canary.local");
        return next.Count;
    }
}

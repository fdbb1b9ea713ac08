// WEFT0002: a lambda given to a library method next to the published list of backends. `Count(b => b.Healthy)` only
// reads the elements: quiet.
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

namespace Corpus7b.ReadingLambdaOrWritingLambdaQuiet;

public sealed class Backend
{
    public string Host { get; init; } = "";
    public bool Healthy { get; set; } = true;
}

public static class Backends
{
    public static int Publish(WorkerPool pool, IEnumerable<string> hosts)
    {
        var slot = pool.AllocateSlot<List<Backend>>();
        var list = hosts.Select(h => new Backend { Host = h }).ToList();
        slot.Publish(list);
        return list.Count(b => b.Healthy);
    }
}

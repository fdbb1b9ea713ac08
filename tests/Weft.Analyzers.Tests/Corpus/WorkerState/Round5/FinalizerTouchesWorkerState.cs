// WEFT0004: a lease object keeps the worker's dictionary and removes its key in a finalizer, which runs on the GC's
// finalizer thread. The rule page: a finalizer runs on the GC's finalizer thread, and worker state handed to another
// type that keeps it (a constructor argument, here a primary constructor's parameter) is reported where it is handed,
// as for a field or event of another type: at `new Lease(Leases, key)`. (Round 5 expected the report in the finalizer,
// before the page said where a kept argument is judged.)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.FinalizerTouchesWorkerState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> Leases = new();

    public Lease Take(string key)
    {
        Leases[key] = 1;
        return new Lease(Leases, key); // expect: WEFT0004
    }
}

public sealed class Lease(Dictionary<string, int> leases, string key)
{
    ~Lease() => leases.Remove(key);
}

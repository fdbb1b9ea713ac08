// WEFT0004: a lease object keeps the worker's dictionary and removes its key in a finalizer, which runs on the GC's
// finalizer thread. Reading: a finalizer is code that runs on another thread (not in the page's table); the report is
// expected in the finalizer, where the state is used there.
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
        return new Lease(Leases, key);
    }
}

public sealed class Lease(Dictionary<string, int> leases, string key)
{
    ~Lease() => leases.Remove(key); // expect: WEFT0004
}

// WEFT0008: the factory returns the target of a captured WeakReference when it is still alive: one instance for all
// workers while it lives.
using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.WeakReferenceFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache : ICloneable
{
    public readonly Dictionary<string, int> ByHost = new();
    public int Limit { get; init; } = 100;

    public object Clone() => new HostCache { Limit = Limit };
}

public static class Setup
{
    public static void Start(WorkerPool pool, HostCache warm)
    {
        var weak = new WeakReference<HostCache>(warm);
        HostCache.Initialize(pool, _ => weak.TryGetTarget(out HostCache? alive) ? alive : new HostCache()); // expect: WEFT0008
    }
}

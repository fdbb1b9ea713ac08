// Quiet twin of WeakReferenceFactory: the warm instance only lends its Limit; each worker gets a new instance.
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

namespace Corpus5b.WeakReferenceFactoryQuiet;

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
        HostCache.Initialize(pool, _ => new HostCache { Limit = weak.TryGetTarget(out HostCache? alive) ? alive.Limit : 100 });
    }
}

// Quiet twin of CastFromObjectFactory: the factory calls ICloneable.Clone on the template (through the interface), whose
// implementation returns a new instance.
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

namespace Corpus5b.CastFromObjectFactoryQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache : ICloneable
{
    public readonly Dictionary<string, int> ByHost = new();
    public int Limit { get; init; } = 100;

    public object Clone() => new HostCache { Limit = Limit };
}

public static class Setup
{
    public static void Start(WorkerPool pool)
    {
        ICloneable template = new HostCache { Limit = 50 };
        HostCache.Initialize(pool, _ => (HostCache)template.Clone());
    }
}

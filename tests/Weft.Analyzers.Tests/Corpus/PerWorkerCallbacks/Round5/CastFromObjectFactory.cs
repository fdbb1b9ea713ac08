// WEFT0008: the template is kept as `object` and the factory returns it cast back (`(HostCache)template`): the cast is
// the same instance for every worker.
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

namespace Corpus5b.CastFromObjectFactory;

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
        object template = new HostCache { Limit = 50 };
        HostCache.Initialize(pool, _ => (HostCache)template); // expect: WEFT0008
    }
}

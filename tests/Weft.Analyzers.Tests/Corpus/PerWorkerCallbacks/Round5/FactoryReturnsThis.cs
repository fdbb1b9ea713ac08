// WEFT0008: inside an instance member of the per-worker type, the factory returns `this` (the template instance the
// member runs on): every worker shares it.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.FactoryReturnsThis;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public int Limit { get; init; } = 100;

    public void InstallOn(WorkerPool pool) => Initialize(pool, _ => this); // expect: WEFT0008
}

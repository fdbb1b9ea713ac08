// Quiet twin of FactoryReturnsThis: the factory builds a new instance from the template's settings.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.FactoryReturnsThisQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public int Limit { get; init; } = 100;

    public void InstallOn(WorkerPool pool) => Initialize(pool, _ => new HostCache { Limit = Limit });
}

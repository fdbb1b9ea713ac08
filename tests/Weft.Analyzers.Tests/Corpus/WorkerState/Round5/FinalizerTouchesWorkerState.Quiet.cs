// Quiet twin of FinalizerTouchesWorkerState: the lease is IDisposable and released by the worker (no finalizer).
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

namespace Corpus5b.FinalizerTouchesWorkerStateQuiet;

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

public sealed class Lease(Dictionary<string, int> leases, string key) : IDisposable
{
    public void Dispose() => leases.Remove(key);
}

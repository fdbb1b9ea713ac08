// The quiet twin: the lease is released by Dispose, called on the worker, and has no finalizer.
using System;
using System.Collections.Generic;

namespace Corpus.WorkerState.FinalizerLeaseQuiet;

public sealed class Lease : IDisposable
{
    private readonly Dictionary<string, int> _leases;
    private readonly string _key;

    public Lease(Dictionary<string, int> leases, string key)
    {
        _leases = leases;
        _key = key;
        _leases[key] = 1;
    }

    public void Dispose() => _leases.Remove(_key);
}

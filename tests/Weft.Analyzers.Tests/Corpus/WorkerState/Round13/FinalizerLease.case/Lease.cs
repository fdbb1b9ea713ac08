// A project of several files: a lease keeps the dictionary it was given and removes its key in its finalizer, which
// runs on the GC's finalizer thread. The page: reported where the worker state is handed to the constructor.
using System.Collections.Generic;

namespace Corpus.WorkerState.FinalizerLease;

public sealed class Lease
{
    private readonly Dictionary<string, int> _leases;
    private readonly string _key;

    public Lease(Dictionary<string, int> leases, string key)
    {
        _leases = leases;
        _key = key;
        _leases[key] = 1;
    }

    ~Lease() => _leases.Remove(_key);
}

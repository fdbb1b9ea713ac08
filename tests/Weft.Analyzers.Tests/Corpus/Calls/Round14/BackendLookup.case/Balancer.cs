// The worker's round-robin balancer with passive ejection: after three failures in a row a backend is skipped.
using System;
using System.Collections.Generic;

namespace Corpus.Calls.R14.BackendLookupDefect;

public sealed class Balancer
{
    private const int EjectAfter = 3;
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cursor = new(StringComparer.Ordinal);

    public string? Next(string cluster)
    {
        var backends = TopologyQueries.BackendsOf(cluster);
        foreach (var (backend, failures) in _failures)
        {
            if (failures >= EjectAfter)
            {
                backends.Remove(backend); // expect: WEFT0003 "Topology"
            }
        }

        if (backends.Count == 0)
        {
            return null;
        }

        _cursor.TryGetValue(cluster, out int at);
        _cursor[cluster] = at + 1;
        return backends[at % backends.Count];
    }

    public void Report(string backend, bool ok)
    {
        if (ok)
        {
            _failures.Remove(backend);
            return;
        }

        _failures[backend] = _failures.TryGetValue(backend, out var n) ? n + 1 : 1;
    }
}

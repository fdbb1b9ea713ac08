// An aggregator object's instance method group handed as the update run on every worker; Add writes the aggregator's
// Dictionary. #escape: the write inside Add or the hand-over.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.Round10.AggregatorMethodGroup;

public sealed class Aggregator
{
    private readonly Dictionary<string, int> _sum = new();

    public void Add(SessionCache cache)
    {
        foreach (var (host, hits) in cache.Hits)
        {
            _sum[host] = _sum.GetValueOrDefault(host) + hits; // expect: WEFT0008 #escape
        }
    }

    public Task RunAsync(WorkerPool pool) => SessionCache.UpdateAllAsync(pool, Add); // expect: WEFT0008 #escape
}

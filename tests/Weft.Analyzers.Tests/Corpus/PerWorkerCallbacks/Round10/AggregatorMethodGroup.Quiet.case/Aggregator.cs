// An aggregator object's instance method group handed as the update run on every worker; Add writes the aggregator's ConcurrentDictionary with AddOrUpdate. #escape: the write inside Add or the hand-over.
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

namespace Corpus.PerWorkerCallbacks.Round10.AggregatorMethodGroupQuiet;

public sealed class Aggregator
{
    private readonly ConcurrentDictionary<string, int> _sum = new();

    public void Add(SessionCache cache)
    {
        foreach (var (host, hits) in cache.Hits)
        {
            _sum.AddOrUpdate(host, hits, (_, old) => old + hits);
        }
    }

    public Task RunAsync(WorkerPool pool) => SessionCache.UpdateAllAsync(pool, Add);
}

// A collector service whose method hands an update to every worker that adds into
// the field with Interlocked.
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

namespace Corpus.PerWorkerCallbacks.Round10.CollectorFieldInUpdateQuiet;

public sealed class Collector
{
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public Task CollectAsync(WorkerPool pool) =>
        SessionCache.UpdateAllAsync(pool, cache => Interlocked.Add(ref _total, cache.Hits.Count));
}

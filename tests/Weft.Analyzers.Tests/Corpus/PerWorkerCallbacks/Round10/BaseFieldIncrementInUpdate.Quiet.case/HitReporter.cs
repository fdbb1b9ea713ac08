// A derived class's update, run on every worker, increments it with Interlocked.
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

namespace Corpus.PerWorkerCallbacks.Round10.BaseFieldIncrementInUpdateQuiet;

public sealed class HitReporter : Reporter
{
    public Task RunAsync(WorkerPool pool) =>
        SessionCache.UpdateAllAsync(pool, _ => Interlocked.Increment(ref Visited));
}

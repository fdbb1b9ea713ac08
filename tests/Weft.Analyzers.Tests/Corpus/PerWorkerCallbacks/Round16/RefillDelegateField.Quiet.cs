// A rate limiter's refill: a read-only delegate field its constructor assigns a lambda, handed to UpdateAllAsync by
// another method; the lambda counts refills with Interlocked.Increment (quiet twin of RefillDelegateField).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R16.RefillDelegateField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buckets
{
    public Dictionary<string, int> Tokens { get; } = new();
}

public sealed class LimiterAdmin
{
    private readonly Action<Buckets> _refill;
    private long _refills;

    public LimiterAdmin(int burst) =>
        _refill = b =>
        {
            foreach (var key in new List<string>(b.Tokens.Keys))
                b.Tokens[key] = burst;
            Interlocked.Increment(ref _refills);
        };

    public Task RefillAllAsync(WorkerPool pool) => Buckets.UpdateAllAsync(pool, _refill);

    public long Refills => Interlocked.Read(ref _refills);
}

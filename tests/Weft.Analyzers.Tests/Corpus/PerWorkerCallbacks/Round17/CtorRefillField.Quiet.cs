// Quiet twin of CtorRefillField: the count goes through Interlocked.Increment.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.CtorRefillField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Bucket
{
    public List<long> Tokens { get; } = new();
}

public sealed class Refiller
{
    private readonly Action<Bucket> _refill;
    private int _refills;

    public Refiller(int capacity)
    {
        _refill = b =>
        {
            b.Tokens.Clear();
            for (int i = 0; i < capacity; i++) b.Tokens.Add(i);
            Interlocked.Increment(ref _refills);
        };
    }

    public Task RefillAsync(WorkerPool pool) => Bucket.UpdateAllAsync(pool, _refill);

    public int Refills => _refills;
}

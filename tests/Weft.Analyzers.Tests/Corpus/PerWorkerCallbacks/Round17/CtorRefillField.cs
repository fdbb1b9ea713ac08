// WEFT0008: a read-only delegate field a constructor assigns a lambda that increments an instance field; another method
// hands it to UpdateAllAsync. Page: "a read-only delegate field that a constructor assigns a lambda (_refill = l => {
// l.Tokens.Clear(); _refills++; };) and another method hands to UpdateAllAsync(pool, _refill) is that lambda, reported
// inside it". The Tokens change is the callback's own instance (quiet).
using System;
using System.Collections.Generic;
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
            _refills += 1; // expect: WEFT0008
        };
    }

    public Task RefillAsync(WorkerPool pool) => Bucket.UpdateAllAsync(pool, _refill);

    public int Refills => _refills;
}

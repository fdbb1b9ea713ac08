// WEFT0008: the update is a lambda kept in a readonly field that increments another instance field; the field is
// handed to UpdateAllAsync. #escape on the lambda and the hand-over.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.UpdateInDelegateField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    public readonly Dictionary<string, int> Tokens = new();
}

public sealed class Refiller
{
    private int _refills;
    private readonly Action<RateLimiter> _refill;

    public Refiller() => _refill = l => { l.Tokens.Clear(); _refills++; }; // expect: WEFT0008 #escape

    public Task RunAsync(WorkerPool pool) => RateLimiter.UpdateAllAsync(pool, _refill); // expect: WEFT0008 #escape
}

// WEFT0008: the local form of UpdateInDelegateField: the update that increments an instance field is kept in a
// delegate local, then handed to UpdateAllAsync (separates "a delegate in a constructor-assigned field").
// #escape on the lambda and the hand-over.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.UpdateInDelegateLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    public readonly Dictionary<string, int> Tokens = new();
}

public sealed class Refiller
{
    private int _refills;

    public Task RunAsync(WorkerPool pool)
    {
        Action<RateLimiter> refill = l => { l.Tokens.Clear(); _refills++; }; // expect: WEFT0008 #escape
        return RateLimiter.UpdateAllAsync(pool, refill); // expect: WEFT0008 #escape
    }

    public int Refills => _refills;
}

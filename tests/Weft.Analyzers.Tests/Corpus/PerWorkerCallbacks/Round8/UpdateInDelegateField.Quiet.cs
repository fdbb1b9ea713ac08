// Twin: the kept lambda only touches the instance it is handed; the count is taken in the completion on main.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.UpdateInDelegateFieldQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    public readonly Dictionary<string, int> Tokens = new();
}

public sealed class Refiller
{
    private int _refills;
    private readonly Action<RateLimiter> _refill = static l => l.Tokens.Clear();

    public void Run(WorkerPool pool) => RateLimiter.UpdateAll(pool, _refill, () => _refills++);

    public int Refills => _refills;
}

// WEFT0004's message should name the per-worker type whose state escapes.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Messages.WorkerStateNamed;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RetryBudget
{
    public Dictionary<string, int> Left { get; } = new();
}

public static class Retries
{
    public static void Refill()
    {
        var budget = RetryBudget.Current;
        ThreadPool.QueueUserWorkItem(_ => budget.Left.Clear()); // expect: WEFT0004 "RetryBudget"
    }
}

using System.Collections.Generic;
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
        budget.Left.Clear();
    }
}

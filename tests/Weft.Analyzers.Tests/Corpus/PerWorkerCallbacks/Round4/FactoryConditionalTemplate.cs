// WEFT0008: the factory returns the captured template on one branch of a conditional (when reuse is configured),
// so every thread gets the same instance then.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.FactoryConditionalTemplate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RetryBudget
{
    public RetryBudget(int tokens) => Tokens = tokens;

    public int Tokens { get; set; }
    public Queue<long> Recent { get; } = new();
}

public static class Startup
{
    public static void Configure(WorkerPool pool, bool reuseTemplate, int tokens)
    {
        var template = new RetryBudget(tokens);
        RetryBudget.Initialize(pool, _ => reuseTemplate ? template : new RetryBudget(tokens)); // expect: WEFT0008
    }
}

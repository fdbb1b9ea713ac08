// Round 2. The virtual hook is overridden to log the table's size: it only reads what was published.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.VirtualHook;

public abstract class TablePublisher(Slot<Dictionary<string, int>> slot)
{
    public void Publish(Dictionary<string, int> weights)
    {
        slot.Publish(weights);
        OnPublished(weights);
    }

    protected abstract void OnPublished(Dictionary<string, int> weights);
}

public sealed class LoggingPublisher(Slot<Dictionary<string, int>> slot) : TablePublisher(slot)
{
    protected override void OnPublished(Dictionary<string, int> weights) => Console.WriteLine($"{weights.Count} weights");
}

// Round 2. A virtual hook, overridden to append a default: the base class calls it on the table it just published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.VirtualHook;

public abstract class TablePublisher(Slot<Dictionary<string, int>> slot)
{
    public void Publish(Dictionary<string, int> weights)
    {
        slot.Publish(weights);
        OnPublished(weights); // expect: WEFT0002
    }

    protected abstract void OnPublished(Dictionary<string, int> weights);
}

public sealed class DefaultingPublisher(Slot<Dictionary<string, int>> slot) : TablePublisher(slot)
{
    protected override void OnPublished(Dictionary<string, int> weights) => weights.TryAdd("default", 1);
}

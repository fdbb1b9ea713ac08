// The completion callback only records that the rollout finished.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Completion;

public sealed class Rollout
{
    public int Completed { get; private set; }

    public void Start(Slot<List<string>> slot, List<string> canaries)
    {
        slot.Publish(canaries, () => Completed++);
    }
}

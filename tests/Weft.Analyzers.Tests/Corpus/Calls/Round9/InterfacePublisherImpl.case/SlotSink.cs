using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.R9.InterfacePublisherImpl;

public sealed class SlotSink(Slot<List<int>> slot) : ISink
{
    public void Accept(List<int> ports) => slot.Publish(ports);
}

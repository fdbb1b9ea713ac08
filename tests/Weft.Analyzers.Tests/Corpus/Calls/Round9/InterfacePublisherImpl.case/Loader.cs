using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.R9.InterfacePublisherImpl;

public static class Loader
{
    public static void Load(Slot<List<int>> slot, int[] ports)
    {
        ISink sink = new SlotSink(slot);
        var list = new List<int>(ports);
        sink.Accept(list);
        list.Add(0); // expect: WEFT0002
    }
}

// A recursive helper writes its parameter; the analysis must summarise it without looping.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Recursive;

public static class PortRanges
{
    private static void Expand(List<int> ports, int from, int to)
    {
        if (from > to)
        {
            return;
        }

        ports.Add(from);
        Expand(ports, from + 1, to);
    }

    public static void Publish(Slot<List<int>> slot, int from, int to)
    {
        var ports = new List<int>();
        slot.Publish(ports);
        Expand(ports, from, to); // expect: WEFT0002
    }
}

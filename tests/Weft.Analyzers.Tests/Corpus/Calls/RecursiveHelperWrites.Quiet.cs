// The recursive helper fills the list before it is published.
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

    private static int Count(List<int> ports, int index) => index >= ports.Count ? 0 : 1 + Count(ports, index + 1);

    public static int Publish(Slot<List<int>> slot, int from, int to)
    {
        var ports = new List<int>();
        Expand(ports, from, to);
        slot.Publish(ports);
        return Count(ports, 0);
    }
}

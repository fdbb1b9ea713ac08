// Quiet twin: the sorted order is built as a new list and published; the published one is not touched.
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.R11.WhileTrueBreakThenSortQuiet;

public static class Grower
{
    public static void Grow(Slot<List<int>> slot)
    {
        List<int> last;
        int n = 0;
        while (true)
        {
            last = [n, n + 1, n + 2];
            slot.Publish(last);
            if (++n > 3)
            {
                break;
            }
        }

        List<int> sorted = [.. last.Order()];
        slot.Publish(sorted);
    }
}
